namespace CooperJus.Gateway.Web;

/// <summary>A page that only says something: not found, not allowed, an expired form.</summary>
internal static class MessagePage
{
    /// <summary>The page with <paramref name="title"/> and <paramref name="text"/>, and a way back to the search.</summary>
    public static string Render(Viewer? viewer, string title, string text) =>
        PageFrame.Render(title, viewer, html =>
        {
            html.Element("h1", title);
            PageFrame.Notice(html, text, ok: false);
            html.Markup("<p>").Link("/audit", "Back to the search").Markup("</p>");
        });
}

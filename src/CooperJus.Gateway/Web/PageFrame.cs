namespace CooperJus.Gateway.Web;

/// <summary>
/// The frame of every page: the document head with the small inline style sheet, the bar with the signed-in account,
/// the chain check and sign-out (both POST forms with the antiforgery token), and the page's own content.
/// No script anywhere: the view works with JavaScript off, and the content security policy forbids scripts.
/// </summary>
internal static class PageFrame
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
        header{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;background:#1d3557;color:#fff}
        header a,header .who{color:#fff}header .brand{font-weight:600;margin-right:auto;text-decoration:none}
        header form{display:inline;margin:0}main{padding:1em 1.4em;max-width:110em}
        h1{font-size:1.35em;margin:.2em 0 .6em}h2{font-size:1.1em;margin:1.2em 0 .4em}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d5d9e0;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#eef1f5}pre{background:#fff;border:1px solid #d5d9e0;padding:.6em;overflow:auto;max-height:36em;white-space:pre-wrap;word-break:break-word;margin:0}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}.pair h2{margin-top:.4em}
        .notice{padding:.5em .8em;border-radius:4px;margin:.6em 0}.ok{background:#e3f4e6;border:1px solid #7bbf88}.bad{background:#fbe4e4;border:1px solid #d98282}
        form.search{display:grid;grid-template-columns:repeat(4,minmax(10em,1fr));gap:.5em 1em;align-items:end;margin-bottom:1em}
        label{display:flex;flex-direction:column;font-size:.9em;gap:.15em}input,select,button{font:inherit;padding:.25em .4em}
        button{cursor:pointer}.inline{display:inline;margin:0 .3em 0 0}.muted{color:#5d6675}.mono{font-family:ui-monospace,monospace;font-size:.92em}td.mono{word-break:break-all}
        """;

    /// <summary>A whole page: <paramref name="title"/>, the bar for <paramref name="viewer"/> (none before sign-in), and <paramref name="content"/>.</summary>
    public static string Render(string title, Viewer? viewer, Action<Html> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new Html()
            .Markup("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Markup("<meta name=\"robots\" content=\"noindex\"><title>").Text(title).Markup(" · CooperJus audit</title><style>").Markup(Style).Markup("</style></head><body><header>")
            .Markup("<a class=\"brand\" href=\"/audit\">CooperJus audit</a>");
        if (viewer is not null)
        {
            html.Link("/audit", "Search").Markup(" ");
            PostButton(html, "/audit/verify", "Verify the chain", viewer.Token);
            html.Markup("<span class=\"who\">").Text($"{viewer.Name} ({viewer.Role})").Markup("</span>");
            PostButton(html, "/audit/sign-out", "Sign out", viewer.Token);
        }
        html.Markup("</header><main>");
        content(html);
        return html.Markup("</main></body></html>").ToString();
    }

    /// <summary>A one-button POST form to <paramref name="action"/> with the antiforgery token and <paramref name="fields"/> as hidden fields.</summary>
    public static void PostButton(Html html, string action, string label, FormToken token, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(fields);
        html.Markup("<form class=\"inline\" method=\"post\"").Attribute("action", action).Markup(">").Hidden(token.FieldName, token.Value);
        foreach (var (name, value) in fields) html.Hidden(name, value);
        html.Markup("<button type=\"submit\">").Text(label).Markup("</button></form>");
    }

    /// <summary>A notice box: <c>ok</c> or <c>bad</c>.</summary>
    public static void Notice(Html html, string text, bool ok)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Markup(ok ? "<p class=\"notice ok\" role=\"status\">" : "<p class=\"notice bad\" role=\"alert\">").Text(text).Markup("</p>");
    }
}

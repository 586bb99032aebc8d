using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Web;

/// <summary>The search form and its hits: one row per request, linking to the request's page.</summary>
internal static class SearchPage
{
    /// <summary>
    /// The page; <paramref name="hits"/> is null when the search could not run (see <paramref name="problems"/>);
    /// <paramref name="inAuditLog"/> lists the requests the audit log alone knows by the reference searched for.
    /// </summary>
    public static string Render(Viewer viewer, SearchForm form, IReadOnlyList<RequestSummary>? hits, IReadOnlyList<string> problems, bool searched,
        IReadOnlyList<string>? inAuditLog = null)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(problems);
        return PageFrame.Render("Search", viewer, html =>
        {
            html.Markup("<h1>Search requests</h1>");
            Form(html, viewer.Token, form);
            foreach (var problem in problems) PageFrame.Notice(html, problem, ok: false);
            if (hits is null) return;
            html.Element("h2", searched ? $"{Count(hits.Count)} found" : "Newest requests");
            if (hits.Count > 0) Table(html, hits);
            if (inAuditLog is { Count: > 0 }) InAuditLog(html, inAuditLog);
        });
    }

    /// <summary>The URL of a request's page.</summary>
    public static string RequestPath(string requestId) => "/audit/requests/" + Uri.EscapeDataString(requestId);

    private static string Count(int hits) => hits switch
    {
        0 => "No request",
        1 => "1 request",
        SearchForm.Limit => $"The first {SearchForm.Limit} requests",
        _ => string.Create(CultureInfo.InvariantCulture, $"{hits} requests"),
    };

    private static void Form(Html html, FormToken token, SearchForm form)
    {
        html.Markup("<form class=\"search\" method=\"post\" action=\"/audit/search\">").Hidden(token.FieldName, token.Value);
        Input(html, "Case reference", "caseReference", form.CaseReference);
        Input(html, "Request or message id", "requestId", form.RequestId);
        Input(html, "Person: name or identity number", "person", form.Person);
        Input(html, "Requested country (ISO code)", "country", form.Country);
        Input(html, "Partner", "partner", form.Partner);
        html.Markup("<label>Status<select name=\"status\"><option value=\"\">any</option>");
        foreach (var code in CanonicalCodes.All<RequestStatus>())
            html.Markup("<option").Attribute("value", code).Markup(code == form.Status ? " selected>" : ">").Text(code).Markup("</option>");
        html.Markup("</select></label>");
        Input(html, "Created from", "from", form.From, "date");
        Input(html, "Created to", "to", form.To, "date");
        html.Markup("<div><button type=\"submit\">Search</button></div></form>");
    }

    private static void Input(Html html, string label, string name, string value, string type = "text") =>
        html.Markup("<label>").Text(label).Markup("<input").Attribute("type", type).Attribute("name", name).Attribute("value", value).Markup("></label>");

    private static void InAuditLog(Html html, IReadOnlyList<string> requestIds)
    {
        html.Element("h2", "In the audit log");
        html.Element("p", "Requests the reference names (a national record number, or a request never sent: refused, or for a country no partner serves).", "muted");
        html.Markup("<ul>");
        foreach (var requestId in requestIds) html.Markup("<li class=\"mono\">").Link(RequestPath(requestId), requestId).Markup("</li>");
        html.Markup("</ul>");
    }

    private static void Table(Html html, IReadOnlyList<RequestSummary> hits)
    {
        html.Markup("<table><thead><tr><th>Case reference</th><th>Request</th><th>Direction</th><th>Partner</th><th>Country</th><th>Status</th><th>Created</th><th>Respond by</th></tr></thead><tbody>");
        foreach (var hit in hits)
        {
            var request = hit.Request;
            html.Markup("<tr><td>").Link(RequestPath(request.RequestId), request.CaseReference).Markup("</td>")
                .Markup("<td class=\"mono\">").Link(RequestPath(request.RequestId), request.RequestId).Markup("</td>")
                .Element("td", CanonicalCodes.ToCode(request.Direction))
                .Element("td", request.PartnerId)
                .Element("td", request.RequestedCountry)
                .Element("td", CanonicalCodes.ToCode(request.Status) + (hit.IsOverdue ? " (overdue)" : ""))
                .Element("td", Formats.Instant(request.CreatedAt))
                .Element("td", request.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Markup("</tr>");
        }
        html.Markup("</tbody></table>");
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Core.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Web;

/// <summary>The search: <c>GET /audit</c> shows the form and the newest requests, <c>POST /audit/search</c> searches.</summary>
internal static class SearchEndpoints
{
    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapGet("/", NewestAsync);
        // After a sign-in that interrupted a search, the browser comes back here with GET: show the form again.
        pages.MapGet("/search", () => Results.Redirect(AuditorPaths.Root));
        pages.MapPost("/search", SearchAsync);
    }

    private static async Task<IResult> NewestAsync(HttpContext context, IAuditLog audit)
    {
        var hits = await audit.SearchAsync(new AuditSearch(Limit: SearchForm.Limit), context.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(SearchPage.Render(PageResults.ViewerOf(context), SearchForm.Empty, hits, [], searched: false));
    }

    private static async Task<IResult> SearchAsync(HttpContext context, IAuditLog audit, PersonSearchTerms searchTerms)
    {
        var posted = await PageResults.ValidFormAsync(context).ConfigureAwait(false);
        var viewer = PageResults.ViewerOf(context);
        if (posted is null) return PageResults.ExpiredForm(viewer);
        var form = SearchForm.Read(posted);
        var problems = new List<string>();
        if (form.ToSearch(searchTerms, problems) is not { } search) return PageResults.Page(SearchPage.Render(viewer, form, null, problems, searched: true));
        var hits = await audit.SearchAsync(search, context.RequestAborted).ConfigureAwait(false);
        // A request never sent (refused, or not routed) has no business record to search, and a national record number
        // is kept only in the audit log: a lone reference that matched no request is looked up there, as `audit show` does.
        if (hits.Count == 0 && form.OnlyReference is { } reference)
        {
            var found = await audit.ResolveAsync(reference, context.RequestAborted).ConfigureAwait(false);
            if (found.Count > 0) return PageResults.Page(SearchPage.Render(viewer, form, hits, problems, searched: true, found));
        }
        // Who looked for a person is part of the trail, as who opened a request is; the person's name or number is not.
        if (search.PersonTerms is { } terms)
            await audit.AppendAsync([new AuditEntry(AuditEventKinds.AuditorSearchedPerson)
            {
                Actor = viewer.Name,
                Facts = [KeyValuePair.Create("terms", TermsHash(terms)), KeyValuePair.Create("hits", hits.Count.ToString(CultureInfo.InvariantCulture))],
            }], context.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(SearchPage.Render(viewer, form, hits, problems, searched: true));
    }

    /// <summary>
    /// The SHA-256 of the query's search terms (each already an HMAC of a normalised word under the gateway's search
    /// key), in a fixed order: the same person searched for twice, however typed, gives the same value, and the value
    /// gives no word back, nor can a guess be checked against it without the key.
    /// </summary>
    public static string TermsHash(IReadOnlyList<string> terms) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', terms.Order(StringComparer.Ordinal)))));
}

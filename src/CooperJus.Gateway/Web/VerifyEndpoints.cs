using CooperJus.Gateway.Core.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Web;

/// <summary><c>/audit/verify</c>: the chain check, run on POST (it reads the whole log, so a link or a prefetch must not start it).</summary>
internal static class VerifyEndpoints
{
    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapGet("/verify", (HttpContext context) => PageResults.Page(VerifyPage.Render(PageResults.ViewerOf(context), null)));
        pages.MapPost("/verify", VerifyAsync);
    }

    private static async Task<IResult> VerifyAsync(HttpContext context, AuditVerifier verifier)
    {
        var form = await PageResults.ValidFormAsync(context).ConfigureAwait(false);
        var viewer = PageResults.ViewerOf(context);
        if (form is null) return PageResults.ExpiredForm(viewer);
        var outcome = await verifier.VerifyAsync(context.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(VerifyPage.Render(viewer, outcome));
    }
}

using Microsoft.AspNetCore.Http;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The headers of every response under <c>/audit</c>, redirects included: nothing is cached (pages hold personal data),
/// no script runs, nothing frames the view, and no URL of it leaks to another site as a referrer.
/// </summary>
internal static class AuditorViewHeaders
{
    /// <summary>Middleware: sets the headers when the response starts, over whatever a handler set.</summary>
    public static Task Apply(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

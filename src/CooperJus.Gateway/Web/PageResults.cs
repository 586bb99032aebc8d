using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.Web;

/// <summary>What the view's handlers share: who is signed in, the form token, HTML answers, and the antiforgery check.</summary>
internal static class PageResults
{
    /// <summary>The signed-in account of <paramref name="context"/>, with a fresh antiforgery token for the page's forms.</summary>
    public static Viewer ViewerOf(HttpContext context) =>
        new(context.User.Identity?.Name ?? "", context.User.FindFirstValue(ClaimTypes.Role) ?? "", TokenOf(context));

    /// <summary>An antiforgery token for the forms of the page being answered (its cookie is set with the response).</summary>
    public static FormToken TokenOf(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>An HTML page.</summary>
    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    /// <summary>
    /// The posted form when it is a form and carries a valid antiforgery token for this user; null otherwise. Every
    /// POST of the view goes through here, so a page of another site cannot make a signed-in browser act.
    /// </summary>
    public static async Task<IFormCollection?> ValidFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return null;
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false)) return null;
        return await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The answer to a POST without a valid form token.</summary>
    public static IResult ExpiredForm(Viewer? viewer) =>
        Page(MessagePage.Render(viewer, "Form expired", "This form was not accepted (it expired, or did not come from this view). Open the page again and repeat."), StatusCodes.Status400BadRequest);
}

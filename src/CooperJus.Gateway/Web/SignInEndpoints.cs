using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using CooperJus.Gateway.Core.Audit;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Sign-in and sign-out. A refusal reads the same whatever the reason and costs the same work whether or not the
/// account exists and however its hash was made (<see cref="PasswordCheck"/>); it is logged with the account name (or
/// "not an account"), never the password. Repeated failures lock the name for a while (<see cref="SignInThrottle"/>).
/// </summary>
/// <remarks>
/// Sign-in is the one place where an anonymous visitor makes the gateway do expensive work, so it is bounded twice
/// before any hashing: per client address by the rate limiter (<see cref="SignInRateLimit"/>, 429), and overall by
/// <see cref="PasswordWork"/> (one check per address at a time, 429; a few at once for everyone, 503 beyond its
/// queue). Neither counts as a wrong password. Sign-out removes the server-side session (<see cref="AuditorSessions"/>),
/// so the cookie it was carried in is refused from then on.
/// </remarks>
internal static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(AuditorPaths.SignIn, (HttpContext context, string? returnUrl, string? signedOut) =>
            PageResults.Page(SignInPage.Render(PageResults.TokenOf(context), AuditorPaths.LocalReturn(returnUrl), null, signedOut is null ? null : SignInPage.SignedOut, refused: false)));
        app.MapPost(AuditorPaths.SignIn, SignInAsync).RequireRateLimiting(SignInRateLimit.Name);
        app.MapPost(AuditorPaths.SignOut, SignOutAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, AuditorCredentials credentials, SignInThrottle throttle, IAuditLog audit, ILoggerFactory logs)
    {
        var form = await PageResults.ValidFormAsync(context).ConfigureAwait(false);
        if (form is null) return PageResults.ExpiredForm(null);
        var name = form["account"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = AuditorPaths.LocalReturn(form["returnUrl"].ToString());
        var logger = logs.CreateLogger(AuditorViewLog.Category);
        var remote = context.Connection.RemoteIpAddress?.ToString();

        var (outcome, account) = await credentials.CheckAsync(name, password, Hosting.ClientAddress.KeyOf(context), context.RequestAborted).ConfigureAwait(false);
        // A name that is no account is not logged as typed: people type their password into the name field too.
        var logged = account?.Name ?? AuditorViewLog.NotAnAccount;
        switch (outcome)
        {
            case SignInOutcome.ClientBusy:
                return SignInRateLimit.Shed(context, StatusCodes.Status429TooManyRequests, SignInPage.StillChecking, TimeSpan.FromSeconds(2));
            case SignInOutcome.Busy:
                return SignInRateLimit.Shed(context, StatusCodes.Status503ServiceUnavailable, SignInPage.Busy, TimeSpan.FromSeconds(2));
            case SignInOutcome.Locked:
                AuditorViewLog.RefusedLocked(logger, logged, remote);
                return Refuse(context, returnUrl, name);
            case SignInOutcome.Refused:
                AuditorViewLog.Refused(logger, logged, remote);
                if (throttle.RecordFailure(name)) AuditorViewLog.Locked(logger, logged, throttle.Lockout);
                return Refuse(context, returnUrl, name);
        }

        throttle.RecordSuccess(name);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account!.Name), new Claim(ClaimTypes.Role, account.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { IsPersistent = false };
        // The session holds on to the password it was opened with: a new one set by the operator ends it.
        properties.Items[AuditorSessions.CredentialItem] = account.Fingerprint;
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties).ConfigureAwait(false);
        AuditorViewLog.SignedIn(logger, account.Name, account.Role);
        await audit.AppendAsync([new AuditEntry(AuditEventKinds.AuditorSignedIn)
        {
            Actor = account.Name,
            Facts = [KeyValuePair.Create("role", account.Role)],
        }], context.RequestAborted).ConfigureAwait(false);
        return Results.Redirect(returnUrl);
    }

    private static IResult Refuse(HttpContext context, string returnUrl, string name) =>
        PageResults.Page(SignInPage.Render(PageResults.TokenOf(context), returnUrl, name, SignInPage.Refused, refused: true));

    private static async Task<IResult> SignOutAsync(HttpContext context, ILoggerFactory logs)
    {
        var form = await PageResults.ValidFormAsync(context).ConfigureAwait(false);
        if (form is null) return PageResults.ExpiredForm(null);
        if (context.User.Identity is { IsAuthenticated: true, Name: { } name })
            AuditorViewLog.SignedOut(logs.CreateLogger(AuditorViewLog.Category), name);
        // Removes the session from AuditorSessions as well as the cookie from the browser.
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return Results.Redirect(AuditorPaths.SignIn + "?signedOut=1");
    }
}

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
/// Sign-in and sign-out. A refusal reads the same whatever the reason, takes as long whether or not the account
/// exists (an unknown name is checked against a decoy hash), and is logged with the account name (or "not an account"),
/// never the password.
/// Repeated failures lock the name for a while (<see cref="SignInThrottle"/>).
/// </summary>
internal static class SignInEndpoints
{
    // Checked when the name is no account, so that the answer takes the time a real check takes.
    private static readonly Lazy<ParsedPasswordHash> Decoy = new(() =>
    {
        PasswordHashing.TryParse(PasswordHashing.Hash(Guid.NewGuid().ToString()), out var hash, out _);
        return hash!;
    });

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(AuditorPaths.SignIn, (HttpContext context, string? returnUrl, string? signedOut) =>
            PageResults.Page(SignInPage.Render(PageResults.TokenOf(context), AuditorPaths.LocalReturn(returnUrl), null, signedOut is null ? null : SignInPage.SignedOut, refused: false)));
        app.MapPost(AuditorPaths.SignIn, SignInAsync);
        app.MapPost(AuditorPaths.SignOut, SignOutAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, AuditorAccounts accounts, SignInThrottle throttle, IAuditLog audit, ILoggerFactory logs)
    {
        var form = await PageResults.ValidFormAsync(context).ConfigureAwait(false);
        if (form is null) return PageResults.ExpiredForm(null);
        var name = form["account"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = AuditorPaths.LocalReturn(form["returnUrl"].ToString());
        var logger = logs.CreateLogger(AuditorViewLog.Category);
        var remote = context.Connection.RemoteIpAddress?.ToString();

        var known = accounts.TryFind(name, out var account);
        // A name that is no account is not logged as typed: people type their password into the name field too.
        var logged = known ? account!.Name : AuditorViewLog.NotAnAccount;
        if (throttle.IsLocked(name))
        {
            AuditorViewLog.RefusedLocked(logger, logged, remote);
            return Refuse(context, returnUrl, name);
        }
        var matches = PasswordHashing.Verify(password, known ? account!.Hash : Decoy.Value);
        if (!known || !matches)
        {
            AuditorViewLog.Refused(logger, logged, remote);
            if (throttle.RecordFailure(name)) AuditorViewLog.Locked(logger, logged, throttle.Lockout);
            return Refuse(context, returnUrl, name);
        }

        throttle.RecordSuccess(name);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account!.Name), new Claim(ClaimTypes.Role, account.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
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
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return Results.Redirect(AuditorPaths.SignIn + "?signedOut=1");
    }
}

using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Turns the auditor view on when <c>AuditorView:Enabled</c> is true: its accounts, cookie sign-in, roles, antiforgery
/// and the pages under <c>/audit</c>. Off, nothing of it is registered and <c>/audit</c> does not exist.
/// </summary>
internal static class AuditorViewSetup
{
    /// <summary>The policy of every page: a signed-in account with a role of the view.</summary>
    public const string ReaderPolicy = "auditor-view";

    /// <summary>The policy of retry and replay.</summary>
    public const string OperatorPolicy = "auditor-view-operator";

    /// <summary>Adds the configuration problems of section <c>AuditorView</c> to the gateway's list.</summary>
    public static void CheckConfiguration(IConfiguration configuration, List<string> problems)
    {
        var options = OptionsReader.Read<AuditorViewOptions>(configuration, AuditorViewOptions.SectionName, problems);
        AuditorAccounts.Check(options, problems);
    }

    /// <summary>Registers the view's services when it is enabled; returns whether it is. Configuration is checked before, by <see cref="CheckConfiguration"/>.</summary>
    public static bool AddAuditorView(this WebApplicationBuilder builder, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var problems = new List<string>();
        var options = OptionsReader.Read<AuditorViewOptions>(builder.Configuration, AuditorViewOptions.SectionName, problems);
        var accounts = AuditorAccounts.Check(options, problems);
        if (problems.Count > 0) throw new StartupException("The gateway cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        if (!options.Enabled) return false;

        var services = builder.Services;
        services.AddSingleton(accounts);
        services.AddSingleton(new SignInThrottle(options.LockoutThreshold, options.LockoutDuration, clock));
        // Keys in memory only: nothing to protect on disk, and a restart simply asks everyone to sign in again.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "cooperjus.audit";
            cookie.Cookie.Path = AuditorPaths.Root;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = AuditorPaths.SignIn;
            cookie.LogoutPath = AuditorPaths.SignOut;
            cookie.AccessDeniedPath = AuditorPaths.Forbidden;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = options.SessionIdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.TimeProvider = clock;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ReaderPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(AuditorRoles.Auditor, AuditorRoles.Operator))
            .AddPolicy(OperatorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(AuditorRoles.Operator));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "cooperjus.audit.form";
            antiforgery.Cookie.Path = AuditorPaths.Root;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__form";
            // The view's own headers forbid framing altogether.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        return true;
    }

    /// <summary>Adds the view's middleware and pages, when <see cref="AddAuditorView"/> enabled it.</summary>
    public static void MapAuditorView(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<AuditorAccounts>() is null) return;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AuditorPaths.Root), branch => branch.Use(AuditorViewHeaders.Apply));
        app.UseAuthentication();
        app.UseAuthorization();
        SignInEndpoints.Map(app);
        var pages = app.MapGroup(AuditorPaths.Root).RequireAuthorization(ReaderPolicy);
        SearchEndpoints.Map(pages);
        RequestEndpoints.Map(pages);
        VerifyEndpoints.Map(pages);
        OperatorEndpoints.Map(pages);
    }
}

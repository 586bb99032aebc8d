using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Turns the auditor view on when <c>AuditorView:Enabled</c> is true: its accounts (following the configuration file),
/// cookie sign-in with server-side sessions, the sign-in limits, roles, antiforgery and the pages under <c>/audit</c>.
/// Off, nothing of it is registered and <c>/audit</c> does not exist.
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
        services.AddSingleton(provider => new CurrentAccounts(accounts, provider.GetRequiredService<IConfiguration>(), provider.GetService<ConfigurationFile>(), Logger(provider)));
        AddSignIn(services, options, clock);
        AddSessions(builder, options, clock);
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
        // Resolved now, so that the accounts follow the configuration file from the start.
        if (app.Services.GetService<CurrentAccounts>() is null) return;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AuditorPaths.Root), branch => branch.Use(AuditorViewHeaders.Apply));
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        SignInEndpoints.Map(app);
        var pages = app.MapGroup(AuditorPaths.Root).RequireAuthorization(ReaderPolicy);
        SearchEndpoints.Map(pages);
        RequestEndpoints.Map(pages);
        VerifyEndpoints.Map(pages);
        OperatorEndpoints.Map(pages);
    }

    /// <summary>What decides a sign-in: the locks, the limits, the password check and the hash upgrades.</summary>
    private static void AddSignIn(IServiceCollection services, AuditorViewOptions options, TimeProvider clock)
    {
        services.AddSingleton(new SignInThrottle(options.LockoutThreshold, options.LockoutDuration, clock));
        services.AddSingleton(new PasswordWork(PasswordWork.DefaultConcurrency, PasswordWork.DefaultQueue));
        services.AddSingleton(new PasswordCheck(Pbkdf2Derivation.Instance));
        services.AddSingleton(provider => PasswordUpgrades.Open(UpgradesFile(provider), Logger(provider)));
        services.AddSingleton<AuditorCredentials>();
        services.AddRateLimiter(limiter => limiter.AddPolicy(SignInRateLimit.Name, new SignInRateLimit(options.SignInAttemptsPerMinute)));
    }

    /// <summary>The cookie, the server-side sessions behind it, and the keys that protect both, in memory.</summary>
    private static void AddSessions(WebApplicationBuilder builder, AuditorViewOptions options, TimeProvider clock)
    {
        var services = builder.Services;
        services.AddSingleton(provider => new AuditorSessions(provider.GetRequiredService<CurrentAccounts>(), options.SessionIdleTimeout, options.SessionAbsoluteLifetime, clock, Logger(provider)));
        // Keys in memory only (see InMemoryKeyRepository): a restart simply asks everyone to sign in again.
        services.AddDataProtection().SetApplicationName("CooperJus.Gateway.AuditorView");
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new InMemoryKeyRepository());
        // Its one warning says that keys "may be persisted to storage in unencrypted form": here the storage is this
        // process's memory, and the warning would send an operator looking for a file that does not exist.
        builder.Logging.AddFilter(typeof(XmlKeyManager).FullName, LogLevel.Error);
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
            // The session itself (idle timeout, absolute lifetime, revocation) is the server's: AuditorSessions.
            cookie.ExpireTimeSpan = options.SessionIdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.TimeProvider = clock;
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<AuditorSessions>((cookie, sessions) => cookie.SessionStore = sessions);
    }

    private static ILogger Logger(IServiceProvider provider) => provider.GetRequiredService<ILoggerFactory>().CreateLogger(AuditorViewLog.Category);

    /// <summary>The upgraded password hashes live beside the store, with the gateway's other state.</summary>
    private static string UpgradesFile(IServiceProvider provider)
    {
        var store = Path.GetFullPath(provider.GetRequiredService<GatewayServices>().Store.Path);
        return Path.Combine(Path.GetDirectoryName(store) ?? ".", PasswordUpgrades.FileName);
    }
}

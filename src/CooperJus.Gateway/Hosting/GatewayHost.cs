using CooperJus.Gateway.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Builds the running gateway: configuration as <see cref="GatewayConfiguration"/> reads it, Kestrel with a listener for the partner protocol and one for the inside
/// surfaces (<see cref="ListenerLayout"/>), the intake, dispatch
/// and export workers, systemd integration when started by systemd, and a graceful stop that releases in-flight work.
/// </summary>
internal static class GatewayHost
{
    /// <summary>Reads the configuration and builds the gateway (not started).</summary>
    /// <param name="configFile">The JSON configuration file, or null; read again when it changes (see <see cref="ConfigurationFile"/>).</param>
    /// <param name="overrides">Settings that win over the file and the environment, or null.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <param name="auditorViewClock">The clock of the auditor view's sessions and sign-in locks; null for the system clock
    /// (tests step a fake one through idle timeouts and lifetimes without stepping the gateway's workers).</param>
    public static async Task<WebApplication> BuildAsync(string? configFile, IEnumerable<KeyValuePair<string, string?>>? overrides, CancellationToken cancellationToken,
        TimeProvider? auditorViewClock = null)
    {
        var builder = CreateBuilder(configFile, overrides, watch: true);
        builder.Host.UseSystemd();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

        var clock = TimeProvider.System;
        var services = await GatewayServices.CreateAsync(builder.Configuration, clock, cancellationToken).ConfigureAwait(false);
        // Read again after GatewayServices checked them; their problems are in its one-message list.
        var listeners = ListenerLayout.Read(builder.Configuration);
        var proxies = ForwardedHeadersSettings.Read(builder.Configuration, []);
        // https endpoints with Certificate:Path come from configuration, which the slim builder leaves out otherwise.
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // The partner endpoint and the intake API set their own bounds per request (PartnerEndpoint, Intake:MaxUploadBytes);
            // everything else (the auditor view's forms) is small.
            k.Limits.MaxRequestBodySize = 1024 * 1024;
            listeners.Bind(k, builder.Configuration);
        });
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(clock);
        builder.Services.AddHostedService<HeldRequestWorker>();
        builder.Services.AddHostedService<IntakeWorker>();
        builder.Services.AddHostedService<DispatchWorker>();
        builder.Services.AddHostedService<ExportWorker>();
        builder.Services.AddHostedService<AuditWorker>();
        builder.Services.AddHostedService<NotRecordedWorker>();
        builder.Services.AddSingleton<AuditHealth>();
        builder.Services.AddSingleton(services.Store.Audit);
        builder.Services.AddSingleton(services.AuditVerifier);
        builder.Services.AddSingleton(services.SearchTerms);
        builder.AddAuditorView(auditorViewClock ?? clock);

        var app = builder.Build();
        // First: everything after (logs, rate limits, the Secure flag of cookies) sees the client as the proxy reported it.
        if (proxies.AnyProxy) app.UseForwardedHeaders(proxies.ToOptions());
        // Before the auditor view's middleware, so a route of the other listener is a plain 404, not a sign-in redirect.
        listeners.UseGate(app);
        app.MapAuditorView();
        GatewayEndpoints.Map(app, services);
        if (!listeners.Separate)
            app.Lifetime.ApplicationStarted.Register(() => ListenerLog.SingleListener(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ListenerLog.Category), string.Join(", ", app.Urls)));
        app.Lifetime.ApplicationStopped.Register(() => services.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }

    /// <summary>
    /// Checks what a start would check (every setting, the key, the adapter, the listen addresses bound and released,
    /// the store read without changing it) and serves nothing: <c>cooperjus run --check-config</c>.
    /// </summary>
    /// <exception cref="StartupException">The configuration file does not exist.</exception>
    public static ConfigurationCheckResult Check(string? configFile, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = CreateBuilder(configFile, overrides, watch: false);
        return ConfigurationCheck.Run(builder.Configuration, TimeProvider.System);
    }

    /// <summary>The builder with the gateway's configuration sources (<see cref="GatewayConfiguration"/>) and then <paramref name="overrides"/>.</summary>
    private static WebApplicationBuilder CreateBuilder(string? configFile, IEnumerable<KeyValuePair<string, string?>>? overrides, bool watch)
    {
        if (configFile is not null && !File.Exists(configFile))
            throw new StartupException($"The gateway cannot start: configuration file '{configFile}' does not exist.");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Environment.CurrentDirectory });
        if (GatewayConfiguration.AddSources(builder.Configuration, configFile, watch) is { } file) builder.Services.AddSingleton(file);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        return builder;
    }
}

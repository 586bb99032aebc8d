using CooperJus.Gateway.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Builds the running gateway: configuration from <c>appsettings.json</c> (or <c>--config</c>) and environment
/// variables prefixed <c>COOPERJUS_</c>, Kestrel for the partner protocol and the intake API, the intake, dispatch
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
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Environment.CurrentDirectory });
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new StartupException($"The gateway cannot start: configuration file '{configFile}' does not exist.");
            builder.Services.AddSingleton(ConfigurationFile.Add(builder.Configuration, Path.GetFullPath(configFile)));
        }
        builder.Configuration.AddEnvironmentVariables("COOPERJUS_");
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Host.UseSystemd();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

        var clock = TimeProvider.System;
        var services = await GatewayServices.CreateAsync(builder.Configuration, clock, cancellationToken).ConfigureAwait(false);
        // The processor reads at most MaxEnvelopeBytes + 1; Kestrel only cuts off bodies far beyond that.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(services.Messaging.MaxEnvelopeBytes * 4, 64L * 1024 * 1024));
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(clock);
        builder.Services.AddHostedService<IntakeWorker>();
        builder.Services.AddHostedService<DispatchWorker>();
        builder.Services.AddHostedService<ExportWorker>();
        builder.Services.AddHostedService<AuditWorker>();
        builder.Services.AddSingleton<AuditHealth>();
        builder.Services.AddSingleton(services.Store.Audit);
        builder.Services.AddSingleton(services.AuditVerifier);
        builder.AddAuditorView(auditorViewClock ?? clock);

        var app = builder.Build();
        app.MapAuditorView();
        GatewayEndpoints.Map(app, services);
        app.Lifetime.ApplicationStopped.Register(() => services.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }
}

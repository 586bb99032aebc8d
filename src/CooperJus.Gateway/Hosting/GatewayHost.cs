using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

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
        // UseSystemd picks its own console format under systemd; a format the operator chose (json for a log shipper) wins.
        builder.Services.PostConfigure<ConsoleLoggerOptions>(o =>
        {
            if (builder.Configuration["Logging:Console:FormatterName"] is { Length: > 0 } formatter) o.FormatterName = formatter;
        });
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
        // First: the held requests released at start are logged too.
        builder.Services.AddHostedService<VersionLog>();
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
        AddTelemetry(builder, services);

        var app = builder.Build();
        // The meter provider listens once built; only then is a measurement kept (GatewayMetrics.StartKnownSeries).
        app.Services.GetRequiredService<MeterProvider>();
        services.Metrics.StartKnownSeries();
        // First: everything after (logs, rate limits, the Secure flag of cookies) sees the client as the proxy reported it.
        if (proxies.AnyProxy) app.UseForwardedHeaders(proxies.ToOptions());
        // Before the auditor view's middleware, so a route of the other listener is a plain 404, not a sign-in redirect.
        listeners.UseGate(app);
        app.MapAuditorView();
        GatewayEndpoints.Map(app, services);
        // Not a partner route (ListenerRoutes): the inside listener alone answers it.
        app.MapPrometheusScrapingEndpoint(GatewayEndpoints.MetricsPath);
        if (!listeners.Separate)
            app.Lifetime.ApplicationStarted.Register(() => ListenerLog.SingleListener(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ListenerLog.Category), string.Join(", ", app.Urls)));
        if (services.Telemetry.OtlpEndpoint is { } otlp)
            app.Lifetime.ApplicationStarted.Register(() => TelemetryLog.OtlpExport(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(TelemetryLog.Category),
                services.Telemetry.OtlpProtocol == OpenTelemetry.Exporter.OtlpExportProtocol.Grpc ? "grpc" : "http/protobuf", TelemetrySettings.Printable(otlp)));
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
        // Below every other source: the configuration file, the environment and the overrides all win.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = LogDefaults });
        if (GatewayConfiguration.AddSources(builder.Configuration, configFile, watch) is { } file) builder.Services.AddSingleton(file);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        return builder;
    }

    /// <summary>
    /// The log levels of a gateway unless configuration says otherwise (docs/logging.md): everything at Information
    /// (the gateway's own categories, the host's start and stop in <c>Microsoft.Hosting.Lifetime</c>) except ASP.NET
    /// Core's per-request lines (five for every health probe), at Warning. The gateway's categories and the host's are
    /// not named, so an operator's <c>Logging:LogLevel:Default</c> still governs them.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string?> LogDefaults = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    /// <summary>
    /// Metrics for <c>GET /metrics</c> (Prometheus text) and, with <c>Telemetry:Otlp:Endpoint</c>, metrics and traces
    /// over OTLP; never logs (they go to the console, docs/logging.md), which is why each signal gets its own exporter
    /// rather than <c>UseOtlpExporter</c> (that one adds the logs too). Only this gateway's instruments are exported:
    /// another gateway in the same process (the demo) has a meter of the same name but another scope.
    /// </summary>
    private static void AddTelemetry(WebApplicationBuilder builder, GatewayServices services)
    {
        var scope = services.Metrics.Scope;
        var telemetry = services.Telemetry;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("cooperjus-gateway", serviceInstanceId: services.Messaging.GatewayId))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(GatewayMetrics.MeterName)
                    .AddView(instrument => instrument.Meter.Name == GatewayMetrics.MeterName && !ReferenceEquals(instrument.Meter.Scope, scope) ? MetricStreamConfiguration.Drop : null)
                    .AddPrometheusExporter();
                if (telemetry.OtlpEndpoint is not null) metrics.AddOtlpExporter(o => Otlp(o, telemetry, "metrics"));
            });
        if (telemetry.OtlpEndpoint is null) return;
        otel.WithTracing(tracing => tracing
            .AddSource(GatewayTelemetry.SourceName)
            // Probes would be most of the spans and say nothing.
            .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(Core.Messaging.PartnerProtocol.HealthPath, StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments(GatewayEndpoints.MetricsPath, StringComparison.OrdinalIgnoreCase))
            .AddOtlpExporter(o => Otlp(o, telemetry, "traces")));
    }

    private static void Otlp(OpenTelemetry.Exporter.OtlpExporterOptions options, TelemetrySettings telemetry, string signal)
    {
        options.Protocol = telemetry.OtlpProtocol;
        options.Endpoint = telemetry.SignalEndpoint(signal);
    }
}

using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>What the host logs about its metrics and traces.</summary>
internal static partial class TelemetryLog
{
    /// <summary>The log category.</summary>
    public const string Category = "CooperJus.Gateway.Hosting.Telemetry";

    /// <summary>The export is on; <paramref name="endpoint"/> as <see cref="TelemetrySettings.Printable"/> gives it.</summary>
    [LoggerMessage(8001, LogLevel.Information, "Metrics and traces are exported over OTLP ({Protocol}) to {Endpoint}")]
    public static partial void OtlpExport(ILogger logger, string protocol, string endpoint);
}

using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Where the gateway sends its metrics and traces besides <c>GET /metrics</c> on the inside listener (section
/// <c>Telemetry</c>): <c>Telemetry:Otlp:Endpoint</c>, an OpenTelemetry collector's OTLP address, turns on the export of
/// both (and the traces: spans of the gateway and of ASP.NET Core's server requests); <c>Telemetry:Otlp:Protocol</c>
/// is <c>grpc</c> (the default, port 4317) or <c>http/protobuf</c> (port 4318).
/// </summary>
internal sealed class TelemetrySettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telemetry";

    private TelemetrySettings(Uri? otlpEndpoint, OtlpExportProtocol protocol)
    {
        OtlpEndpoint = otlpEndpoint;
        OtlpProtocol = protocol;
    }

    /// <summary>The collector's address. <value>The default value is null: no OTLP export, no traces.</value></summary>
    public Uri? OtlpEndpoint { get; }

    /// <summary>The OTLP transport. <value>The default value is gRPC.</value></summary>
    public OtlpExportProtocol OtlpProtocol { get; }

    /// <summary>Reads the section; its problems join <paramref name="problems"/>.</summary>
    public static TelemetrySettings Read(IConfiguration configuration, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problems);
        var endpointText = configuration[$"{SectionName}:Otlp:Endpoint"];
        var protocolText = configuration[$"{SectionName}:Otlp:Protocol"];
        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(endpointText)
            && (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            problems.Add($"{SectionName}:Otlp:Endpoint: '{endpointText}' is not an http or https address (such as http://127.0.0.1:4317).");
            endpoint = null;
        }
        var protocol = OtlpExportProtocol.Grpc;
        switch (protocolText?.Trim().ToLowerInvariant())
        {
            case null or "" or "grpc": break;
            case "http/protobuf": protocol = OtlpExportProtocol.HttpProtobuf; break;
            default: problems.Add($"{SectionName}:Otlp:Protocol: '{protocolText}' is not grpc or http/protobuf."); break;
        }
        return new TelemetrySettings(endpoint, protocol);
    }
}

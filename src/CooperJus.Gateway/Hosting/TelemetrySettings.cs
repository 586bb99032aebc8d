using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Where the gateway sends its metrics and traces besides <c>GET /metrics</c> on the inside listener (section
/// <c>Telemetry</c>): <c>Telemetry:Otlp:Endpoint</c>, an OpenTelemetry collector's OTLP address, turns on the export of
/// both (and the traces: spans of the gateway and of ASP.NET Core's server requests); <c>Telemetry:Otlp:Protocol</c>
/// is <c>grpc</c> (the default, port 4317) or <c>http/protobuf</c> (port 4318). Logs are not sent over OTLP: they go to
/// the console (journald, or JSON lines), docs/logging.md.
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

    /// <summary>
    /// Where the exporter of <paramref name="signal"/> (<c>metrics</c>, <c>traces</c>) sends: the endpoint itself over
    /// gRPC; over http/protobuf the endpoint is a base address and the signal's path (<c>v1/metrics</c>, <c>v1/traces</c>)
    /// is added, as the OTLP specification and a collector expect.
    /// </summary>
    public Uri SignalEndpoint(string signal)
    {
        var endpoint = OtlpEndpoint ?? throw new InvalidOperationException("No OTLP endpoint is configured.");
        return OtlpProtocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/v1/" + signal) : endpoint;
    }

    /// <summary>
    /// The endpoint as the logs may show it: scheme, host, port and path, never a user name or password written in the
    /// address (<c>https://user:secret@collector/</c>), nor a query that could carry a token.
    /// </summary>
    public static string Printable(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
    }

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

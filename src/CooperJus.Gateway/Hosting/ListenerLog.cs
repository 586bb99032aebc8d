using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>What the host logs about its listeners.</summary>
internal static partial class ListenerLog
{
    /// <summary>The log category.</summary>
    public const string Category = "CooperJus.Gateway.Hosting.Listeners";

    [LoggerMessage(7001, LogLevel.Warning, "Development mode: every surface (partner protocol, intake API, auditor view, detailed health) answers on {Addresses}; give the partner protocol and the inside surfaces their own listeners (Kestrel:Endpoints:Partner and Kestrel:Endpoints:Inside) before real use")]
    public static partial void SingleListener(ILogger logger, string addresses);
}

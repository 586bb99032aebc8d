namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The two surfaces of a gateway, each on a listener of its own (<c>Kestrel:Endpoints:Partner</c> and
/// <c>Kestrel:Endpoints:Inside</c>), so that what partners can reach and what only the office's own network can reach
/// are set apart by the socket a connection came in on.
/// </summary>
internal enum GatewayListener
{
    /// <summary>The partner protocol and a liveness answer without detail: what partner gateways reach.</summary>
    Partner,

    /// <summary>The intake API, the auditor view and detailed health: the office's own network only.</summary>
    Inside,
}

using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Inbound;

/// <summary>A partner's payload as <see cref="PayloadReader"/> read it.</summary>
/// <param name="Errors">Why it is refused; empty when accepted.</param>
/// <param name="CanonicalJson">The document in the gateway's own version (as received when it came in that version); null when refused.</param>
/// <param name="ReceivedVersion">The <c>schemaVersion</c> it carried (empty when it had none).</param>
/// <param name="Notes">What reading an older version did not carry.</param>
public sealed record ReadPayload(IReadOnlyList<ProtocolError> Errors, string? CanonicalJson, string ReceivedVersion, IReadOnlyList<Problem> Notes)
{
    /// <summary>True when it came in an older version and <see cref="CanonicalJson"/> is its reading.</summary>
    public bool IsUpgraded => ReceivedVersion != Versions.SchemaVersions.V2;
}

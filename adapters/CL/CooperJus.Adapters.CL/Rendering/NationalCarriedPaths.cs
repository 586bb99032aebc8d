using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>
/// The canonical fields the SAF export has a place for (README, "Rendering"). Everything else a request holds
/// is reported as <c>render.not-carried</c> by the render scope, so a field nobody declared is never dropped silently;
/// where a place exists but a value cannot be written there, <see cref="NationalValues"/> warns itself. Add a pattern
/// when you teach <see cref="NationalValues"/> to write a field, and only then.
/// </summary>
internal static class NationalCarriedPaths
{
    /// <summary>The export as a clerk names it, for messages.</summary>
    public const string FormatName = "the SAF export";

    public static CarriedPaths Carried { get; } = new(
        // The reference, from which reading derives the request id again.
        "/requestId", "/issuingAuthority/requestReference",
        "/issuingAuthority/caseReference", "/issuingAuthority/name", "/createdAt", "/requestedAuthority/country", "/facts/summary",
        "/offences/*/nationalCode", "/offences/*/iccsCode", "/offences/*/legalProvision",
        "/measures/*/type", "/measures/*/nationalCode",
        // One person per record.
        "/persons/0/fullName", "/persons/0/role", "/persons/0/ref",
        // Filled by the reader from NationalDefaults; a request holding another value is warned about as altered.
        "/kind", "/language", "/issuingAuthority/country", "/issuingAuthority/nationalSystem", "/urgency/level", "/confidentiality/confidential");
}

using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>
/// The canonical response fields a SAF response has a place for (README, "Responses"). Everything else (attachments,
/// a result's attachment names, the contact of a forwarded-to authority) is reported <c>render.not-carried</c> by the
/// render scope; the writers warn themselves for values they cannot hold where a place exists.
/// </summary>
internal static class SafResponseCarriedPaths
{
    /// <summary>The format as a clerk names it, for messages.</summary>
    public const string FormatName = "a SAF response";

    public static CarriedPaths Carried { get; } = new(
        "/responseId", "/inResponseTo", "/status", "/createdAt", "/language", "/message", "/caseReference",
        "/respondingAuthority/country", "/respondingAuthority/name", "/respondingAuthority/unit",
        "/respondingAuthority/officer/name", "/respondingAuthority/officer/role",
        "/respondingAuthority/contact/email", "/respondingAuthority/contact/phone",
        "/results/*/measureIndex", "/results/*/status", "/results/*/summary",
        "/results/*/refusalGrounds/*/code", "/results/*/refusalGrounds/*/explanation", "/results/*/postponedUntil",
        "/results/*/conditions", "/results/*/informationNeeded/*/description", "/results/*/informationNeeded/*/by",
        "/results/*/forwardedTo/country", "/results/*/forwardedTo/name", "/results/*/forwardedTo/unit",
        "/results/*/substituteMeasure", "/results/*/costs/amount", "/results/*/costs/extraordinary", "/results/*/costs/description",
        "/useLimitations/*/kind", "/useLimitations/*/text",
        "/attachments/*/fileName", "/attachments/*/mediaType", "/attachments/*/sha256", "/attachments/*/size");
}

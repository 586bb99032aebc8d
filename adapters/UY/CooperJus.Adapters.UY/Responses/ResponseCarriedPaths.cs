using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.UY.Responses;

/// <summary>The canonical response fields a SIPPAU respuesta has a place for (README, "Respuestas"); the rest is reported as not carried.</summary>
internal static class ResponseCarriedPaths
{
    public const string FormatName = "the SIPPAU respuestas file";

    public static CarriedPaths Carried { get; } = new(
        "/responseId", "/inResponseTo", "/status", "/createdAt", "/respondingAuthority/country", "/respondingAuthority/name",
        "/caseReference", "/message", "/language",
        "/results/*/measureIndex", "/results/*/status", "/results/*/summary", "/results/*/postponedUntil",
        "/results/*/refusalGrounds/*/code", "/results/*/refusalGrounds/*/explanation");
}

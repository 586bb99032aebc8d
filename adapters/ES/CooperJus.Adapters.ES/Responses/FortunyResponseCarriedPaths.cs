using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// The canonical response fields a Fortuny response has a place for (README, "Responses"). The writers warn themselves
/// for the parts of these they cannot hold (a responding authority of another State, a use limitation kind without a
/// code…); a field the model gains later is reported <c>render.not-carried</c> by the render scope.
/// </summary>
internal static class FortunyResponseCarriedPaths
{
    /// <summary>The format as a clerk names it, for messages.</summary>
    public const string FormatName = "a Fortuny response";

    public static CarriedPaths Carried { get; } = new(
        "/responseId", "/inResponseTo", "/status", "/createdAt", "/respondingAuthority", "/message", "/caseReference",
        "/results", "/useLimitations", "/attachments", "/language");
}

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// The versions of the canonical request and response a gateway knows on the wire, and which one to send a partner.
/// The gateway's own model is always the highest (<see cref="V2"/>); <see cref="V1"/> is read and written only at the
/// JSON level (<see cref="RequestUpgrade"/>, <see cref="RequestDowngrade"/> and their response twins).
/// </summary>
public static class SchemaVersions
{
    /// <summary>The first canonical version, the only one every gateway before v2 accepts.</summary>
    public const string V1 = "1.0";

    /// <summary>The current canonical version, the gateway's own model.</summary>
    public const string V2 = "2.0";

    /// <summary>Every version this gateway reads and writes, lowest first.</summary>
    public static IReadOnlyList<string> Known { get; } = [V1, V2];

    /// <summary>What a partner accepts when its directory entry does not say: what every gateway before v2 accepts.</summary>
    public static IReadOnlyList<string> PartnerDefault { get; } = [V1];

    /// <summary>True when <paramref name="version"/> is one of <see cref="Known"/>, written exactly (<c>2.0</c>, not <c>2</c>).</summary>
    public static bool IsKnown(string? version) => version is V1 or V2;

    /// <summary>
    /// The highest version both this gateway and a partner accepting <paramref name="partnerVersions"/> know, or null
    /// when they share none (the partner directory's check refuses such an entry, so a loaded partner always has one).
    /// </summary>
    public static string? HighestCommon(IEnumerable<string> partnerVersions)
    {
        ArgumentNullException.ThrowIfNull(partnerVersions);
        var accepted = partnerVersions.ToHashSet(StringComparer.Ordinal);
        return Known.LastOrDefault(accepted.Contains);
    }

    /// <summary>The known versions as a sentence, for messages: <c>"1.0" or "2.0"</c>.</summary>
    public static string Listed => string.Join(" or ", Known.Select(v => $"\"{v}\""));
}

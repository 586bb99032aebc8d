using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Validation;

/// <summary>
/// What a coercive measure should carry before it is sent: its purpose and the national order behind it. Missing ones
/// are warnings, not errors: the request still goes (the requested State decides, and a v1 partner's requests cannot
/// say either), but the office sees before sending what the requested authority is likely to ask for.
/// </summary>
/// <remarks>
/// Coercive here means a measure that overrides someone's rights or secrecy in most of the partner States: lifting bank
/// secrecy, monitoring accounts, traffic data and stored content, interception, search and seizure, freezing and
/// confiscation, seizure of a cultural object. The list is the gateway's own (no instrument draws it); see
/// docs/canonical-model.md.
/// </remarks>
internal static class CoerciveMeasures
{
    private static readonly HashSet<MeasureType> Types =
    [
        MeasureType.BankInformation, MeasureType.BankingOperationsMonitoring, MeasureType.TelecomTrafficData,
        MeasureType.StoredContentProduction, MeasureType.Interception, MeasureType.SearchAndSeizure,
        MeasureType.AssetFreezing, MeasureType.AssetConfiscation, MeasureType.CulturalPropertySeizure,
    ];

    /// <summary>Whether <paramref name="type"/> is coercive in the gateway's sense.</summary>
    public static bool IsCoercive(MeasureType type) => Types.Contains(type);

    /// <summary>A warning for each coercive measure of <paramref name="request"/> without a purpose or a national order.</summary>
    public static IEnumerable<Problem> Check(CooperationRequest request)
    {
        for (var m = 0; m < request.Measures.Count; m++)
        {
            var measure = request.Measures[m];
            if (!IsCoercive(measure.Type)) continue;
            if (string.IsNullOrWhiteSpace(measure.Purpose))
                yield return Problem.Warning(ValidationRules.CoercivePurposeMissing, "a coercive measure without its purpose: the requested State may refuse it (UNCAC art. 46(15)(f)).", canonicalPath: $"/measures/{m}/purpose");
            if (measure.NationalOrder is null)
                yield return Problem.Warning(ValidationRules.CoerciveOrderMissing, "a coercive measure without the national order behind it: the requested State may ask for it.", canonicalPath: $"/measures/{m}/nationalOrder");
        }
    }
}

using System.Collections.Frozen;
using System.Text.Json;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// The canonical codes of one enum, computed once: adapters parse a code for every role, measure and document they
/// map, and computing every value's kebab-case name on each call cost microseconds per request.
/// </summary>
internal static class CanonicalCodeTable<TEnum> where TEnum : struct, Enum
{
    /// <summary>Every value in declaration order with its code.</summary>
    public static IReadOnlyList<(TEnum Value, string Code)> Values { get; } =
        [.. Enum.GetValues<TEnum>().Select(v => (v, Compute(v)))];

    /// <summary>Code → value; the first declared value wins when two share a code.</summary>
    public static FrozenDictionary<string, TEnum> ByCode { get; } =
        Values.DistinctBy(v => v.Code, StringComparer.Ordinal).ToFrozenDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);

    /// <summary>Value → code, for the declared values.</summary>
    public static FrozenDictionary<TEnum, string> ByValue { get; } =
        Values.DistinctBy(v => v.Value).ToFrozenDictionary(v => v.Value, v => v.Code);

    /// <summary>The kebab-case name of <paramref name="value"/>, as <see cref="CanonicalCodes.ToCode{TEnum}"/> defines it.</summary>
    public static string Compute(TEnum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

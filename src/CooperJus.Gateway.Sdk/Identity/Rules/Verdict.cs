using CooperJus.Gateway.Sdk.Caching;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Builds the three outcomes so every rule words them the same way.</summary>
internal static class Verdict
{
    /// <summary>The rule id reported when no rule applies (passports, unknown document types).</summary>
    public const string NoRule = "none";

    // A valid verdict says nothing but its rule, and records are immutable: one instance per rule serves every call.
    private static readonly BoundedCache<IdentityCheck> ValidByRule = new(64);

    public static IdentityCheck Valid(string rule) => ValidByRule.Get(rule, static r => new() { Status = CheckDigitStatus.Valid, Rule = r });

    public static IdentityCheck Invalid(string rule, string reason) =>
        new() { Status = CheckDigitStatus.Invalid, Rule = rule, Reason = reason };

    public static IdentityCheck Unverified(string rule, string? reason = null) =>
        new() { Status = CheckDigitStatus.Unverified, Rule = rule, Reason = reason };

    /// <summary>Valid when <paramref name="expected"/> is what was written, otherwise says what it should be.</summary>
    public static IdentityCheck Compare(string rule, string what, string expected, string written) =>
        string.Equals(expected, written, StringComparison.Ordinal)
            ? Valid(rule)
            : Invalid(rule, $"{what} should be {expected}, not {written}");
}

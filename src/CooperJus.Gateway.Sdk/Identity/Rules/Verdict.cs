using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Builds the three outcomes so every rule words them the same way.</summary>
internal static class Verdict
{
    /// <summary>The rule id reported when no rule applies (passports, unknown document types).</summary>
    public const string NoRule = "none";

    public static IdentityCheck Valid(string rule) => new() { Status = CheckDigitStatus.Valid, Rule = rule };

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

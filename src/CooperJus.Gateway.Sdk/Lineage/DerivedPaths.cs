using CooperJus.Gateway.Sdk.Caching;

namespace CooperJus.Gateway.Sdk.Lineage;

/// <summary>
/// Strings that <see cref="RecordScope.CheckDocument"/> derives from its arguments, built once per distinct argument
/// instead of on every call: an adapter checks its documents at a handful of canonical paths, with a handful of rules.
/// </summary>
internal static class DerivedPaths
{
    private static readonly BoundedCache<string> CheckDigitPaths = new(4096);
    private static readonly BoundedCache<string> RuleConversions = new(256);

    /// <summary><paramref name="documentPath"/> + <c>/checkDigit</c>.</summary>
    public static string CheckDigit(string documentPath) => CheckDigitPaths.Get(documentPath, static p => p + "/checkDigit");

    /// <summary><c>identity-rule:</c> + <paramref name="rule"/>.</summary>
    public static string IdentityRuleConversion(string rule) => RuleConversions.Get(rule, static r => "identity-rule:" + r);
}

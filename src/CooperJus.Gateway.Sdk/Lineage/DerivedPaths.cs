using CooperJus.Gateway.Sdk.Caching;

namespace CooperJus.Gateway.Sdk.Lineage;

/// <summary>
/// Strings that <see cref="RecordScope"/>'s helpers derive from their arguments, built once per distinct argument
/// instead of on every call: an adapter checks its documents, amounts and periods at a handful of canonical paths,
/// with a handful of rules.
/// </summary>
internal static class DerivedPaths
{
    private static readonly BoundedCache<string> CheckDigitPaths = new(4096);
    private static readonly BoundedCache<string> RuleConversions = new(256);
    private static readonly BoundedCache<string> AmountPaths = new(4096);
    private static readonly BoundedCache<string> CurrencyPaths = new(4096);
    private static readonly BoundedCache<string> StartPaths = new(4096);
    private static readonly BoundedCache<string> EndPaths = new(4096);

    /// <summary><paramref name="documentPath"/> + <c>/checkDigit</c>.</summary>
    public static string CheckDigit(string documentPath) => CheckDigitPaths.Get(documentPath, static p => p + "/checkDigit");

    /// <summary><c>identity-rule:</c> + <paramref name="rule"/>.</summary>
    public static string IdentityRuleConversion(string rule) => RuleConversions.Get(rule, static r => "identity-rule:" + r);

    /// <summary><paramref name="valuePath"/> + <c>/amount</c>: the number of a monetary amount.</summary>
    public static string Amount(string valuePath) => AmountPaths.Get(valuePath, static p => p + "/amount");

    /// <summary><paramref name="valuePath"/> + <c>/currency</c>: the currency of a monetary amount.</summary>
    public static string Currency(string valuePath) => CurrencyPaths.Get(valuePath, static p => p + "/currency");

    /// <summary><paramref name="rangePath"/> + <c>/start</c>.</summary>
    public static string Start(string rangePath) => StartPaths.Get(rangePath, static p => p + "/start");

    /// <summary><paramref name="rangePath"/> + <c>/end</c>.</summary>
    public static string End(string rangePath) => EndPaths.Get(rangePath, static p => p + "/end");
}

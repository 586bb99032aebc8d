using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Panama's cédula: <c>PREFIX-TOMO-ASIENTO</c> (<c>8-123-456</c>, <c>PE-12-345</c>, <c>8AV-12-345</c>). The prefix is a
/// province (1–13), PE, E, N, or a province with AV or PI; there is no check digit, so only the shape is checked.
/// </summary>
internal sealed partial class PanamaCedula : IIdentityRule
{
    public string Id => "pa.cedula";

    public IdentityCheck Check(string number)
    {
        var text = Canonical(number);
        return Shape().IsMatch(text)
            ? Verdict.Valid(Id)
            : Verdict.Invalid(Id, $"a cédula is written PREFIX-TOMO-ASIENTO, such as 8-123-456 or PE-12-345, not '{number}'");
    }

    /// <summary>Upper case, no spaces around dashes, spaces between parts read as dashes, <c>8-AV</c> read as <c>8AV</c>.</summary>
    private static string Canonical(string? number)
    {
        var text = Spaces().Replace((number ?? "").Trim().ToUpperInvariant(), "-");
        return SplitPrefix().Replace(text, "$1$2-");
    }

    [GeneratedRegex(@"^(1[0-3]|[1-9]|PE|E|N|(1[0-3]|[1-9])AV|(1[0-3]|[1-9])PI)-[0-9]{1,4}-[0-9]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\s*-\s*|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^([0-9]{1,2})-(AV|PI)-", RegexOptions.CultureInvariant)]
    private static partial Regex SplitPrefix();
}

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Spain's NIE (foreigners): X, Y or Z (read as 0, 1, 2), 7 digits and a control letter (<c>X2482300W</c>).</summary>
internal sealed class SpainNie : IIdentityRule
{
    public string Id => "es.nie";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (compact.Length != 9) return Verdict.Invalid(Id, $"NIE must have a letter X, Y or Z, 7 digits and a letter, got {compact.Length} characters");
        var prefix = "XYZ".IndexOf(compact[0], StringComparison.Ordinal);
        if (prefix < 0) return Verdict.Invalid(Id, $"NIE must start with X, Y or Z, not '{compact[0]}'");
        if (NumberText.ExpectDigits("NIE", compact[1..8], 7, 7) is { } wrong) return Verdict.Invalid(Id, wrong + " between the first and the last letter");
        if (!char.IsAsciiLetterUpper(compact[8])) return Verdict.Invalid(Id, $"the last character of a NIE is a letter, not '{compact[8]}'");
        return SpainLetters.Compare(Id, NumberText.Text(prefix) + compact[1..8], compact[8]);
    }
}

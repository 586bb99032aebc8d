namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Spain's DNI: 8 digits and a control letter (<c>12345678Z</c>).</summary>
internal sealed class SpainDni : IIdentityRule
{
    public string Id => "es.dni";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (compact.Length != 9) return Verdict.Invalid(Id, $"DNI must have 8 digits and a letter, got {compact.Length} characters");
        if (compact[0] is 'X' or 'Y' or 'Z') return Verdict.Invalid(Id, "a number starting with X, Y or Z is a NIE, not a DNI");
        if (NumberText.ExpectDigits("DNI", compact[..8], 8, 8) is { } wrong) return Verdict.Invalid(Id, wrong + " before the letter");
        if (!char.IsAsciiLetterUpper(compact[8])) return Verdict.Invalid(Id, $"the last character of a DNI is a letter, not '{compact[8]}'");
        return SpainLetters.Compare(Id, compact[..8], compact[8]);
    }
}

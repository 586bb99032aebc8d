namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Peru's DNI: 8 digits, optionally followed by a check character that RENIEC prints either as a digit or as a
/// letter (<c>10117410-2</c> or <c>10117410-G</c>). Without the character only the length can be checked.
/// </summary>
internal sealed class PeruDni : IIdentityRule
{
    private const string DigitChecks = "65432110987";
    private const string LetterChecks = "KJIHGFEDCBA";

    public string Id => "pe.dni";

    private static ReadOnlySpan<int> Weights => [3, 2, 7, 6, 5, 4, 3, 2];

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        var body = compact.Length == 9 ? compact[..8] : compact;
        if (NumberText.ExpectDigits("DNI", body, 8, 8) is { } wrong) return Verdict.Invalid(Id, wrong);
        return compact.Length == 8 ? Verdict.Valid(Id) : CheckCharacter(body, compact[8]);
    }

    private IdentityCheck CheckCharacter(string body, char written)
    {
        var remainder = NumberText.WeightedSum(body, Weights) % 11;
        var digit = DigitChecks[remainder];
        var letter = LetterChecks[remainder];
        return written == digit || written == letter
            ? Verdict.Valid(Id)
            : Verdict.Invalid(Id, $"check character should be {digit} or {letter}, not {written}");
    }
}

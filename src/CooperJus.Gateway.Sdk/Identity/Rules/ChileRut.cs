namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Chile's RUT (tax roll) and RUN (national roll), one number for both: 7 or 8 digits and a mod-11 check
/// character, <c>K</c> standing for 10 (<c>12.531.909-2</c>, <c>76.086.428-5</c>).
/// </summary>
internal sealed class ChileRut : IIdentityRule
{
    public string Id => "cl.rut";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (compact.Length == 0) return Verdict.Invalid(Id, "RUT is empty");
        var body = compact[..^1];
        // 7 or 8 digits as python-stdnum: RUNs below one million belong to people born before 1930.
        if (NumberText.ExpectDigits("RUT", body, 7, 8) is { } wrong) return Verdict.Invalid(Id, wrong + " before the check character");
        return Verdict.Compare(Id, "check character", new string(CheckCharacter(body), 1), compact[^1..]);
    }

    /// <summary>Weights 2..7 repeating from the rightmost body digit; r = 11 − Σ mod 11, with 11 → 0 and 10 → K.</summary>
    internal static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++) sum += NumberText.Digit(body[body.Length - 1 - i]) * (2 + (i % 6));
        return (11 - (sum % 11)) switch
        {
            11 => '0',
            10 => 'K',
            var r => (char)('0' + r),
        };
    }
}

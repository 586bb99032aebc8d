namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>The control letter shared by Spain's DNI and NIE: <c>"TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23]</c>.</summary>
internal static class SpainLetters
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>The control letter of an all-digit <paramref name="digits"/> string of at most 9 digits.</summary>
    public static char For(string digits)
    {
        var remainder = 0;
        foreach (var c in digits) remainder = ((remainder * 10) + NumberText.Digit(c)) % 23;
        return Letters[remainder];
    }

    /// <summary>Valid when the ninth character is the control letter of the eight digits before it.</summary>
    public static IdentityCheck Compare(string rule, string digits, char written) =>
        Verdict.Compare(rule, "control letter", new string(For(digits), 1), new string(written, 1));
}

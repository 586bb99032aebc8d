namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>Paraguay's cédula de identidad civil: 5 to 7 digits and no check digit, so only the shape is checked (<c>3.785.123</c>).</summary>
internal sealed class ParaguayCedula : IIdentityRule
{
    public string Id => "py.cedula";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        return NumberText.ExpectDigits("cédula", compact, 5, 7) is { } wrong ? Verdict.Invalid(Id, wrong) : Verdict.Valid(Id);
    }
}

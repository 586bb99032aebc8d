namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Spain's NIF, the tax number: a DNI for Spaniards, a NIE for foreigners, otherwise a company's CIF or a special
/// NIF (K, L, M), for which the SDK has no rule, so those stay unverified (docs/identity-numbers.md; the ES adapter
/// checks CIFs itself).
/// </summary>
internal sealed class SpainNif : IIdentityRule
{
    private readonly SpainDni _dni = new();
    private readonly SpainNie _nie = new();

    public string Id => "es.nif";

    public IdentityCheck Check(string number)
    {
        var compact = NumberText.Compact(number);
        if (compact.Length == 0) return Verdict.Invalid(Id, "NIF is empty");
        if (char.IsAsciiDigit(compact[0])) return _dni.Check(compact);
        if (compact[0] is 'X' or 'Y' or 'Z') return _nie.Check(compact);
        return Verdict.Unverified(Verdict.NoRule, "a NIF that is neither a DNI nor a NIE (a company CIF or a K, L or M NIF) has no rule here");
    }
}

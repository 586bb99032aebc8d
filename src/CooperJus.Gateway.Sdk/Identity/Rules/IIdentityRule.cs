namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>One national document rule: a check digit, a structure, or both.</summary>
internal interface IIdentityRule
{
    /// <summary>Stable rule id reported in <see cref="IdentityCheck.Rule"/> (<c>pe.dni</c>, <c>br.cpf</c>).</summary>
    string Id { get; }

    /// <summary>Checks a number as written; never throws on bad input, it explains it.</summary>
    IdentityCheck Check(string number);
}

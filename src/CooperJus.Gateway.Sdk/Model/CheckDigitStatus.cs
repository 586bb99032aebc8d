namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Outcome of checking a document number against its country's rule (see <see cref="Identity.IdentityNumbers"/>).</summary>
public enum CheckDigitStatus
{
    /// <summary>The number has a check digit or structure rule and satisfies it.</summary>
    Valid,
    /// <summary>The number breaks its rule; validation rejects a request that carries one.</summary>
    Invalid,
    /// <summary>No rule is known for this document (passports, Honduran DNI beyond structure…): carried as it came.</summary>
    Unverified,
}

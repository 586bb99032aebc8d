namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An identity or registration document number with the outcome of its check-digit rule.</summary>
public sealed record IdentityDocument
{
    /// <summary>Canonical kind of document.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The national name of the document type (<c>DNI</c>, <c>CPF</c>, <c>NIE</c>, <c>CNPJ</c>).</summary>
    public string? NationalType { get; init; }

    /// <summary>The number as written in the source, punctuation included.</summary>
    public required string Number { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the issuing country.</summary>
    public string? IssuingCountry { get; init; }

    /// <summary>Result of the issuing country's rule for this document (see <see cref="Identity.IdentityNumbers"/>).</summary>
    public CheckDigitStatus CheckDigit { get; init; } = CheckDigitStatus.Unverified;
}

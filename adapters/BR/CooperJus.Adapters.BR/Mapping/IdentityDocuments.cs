using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>CPF, CNPJ and passports: the property a number stands in tells its type and, for CPF and CNPJ, its country.</summary>
internal static class IdentityDocuments
{
    /// <summary>The national type of a document read from <c>passaporte</c>.</summary>
    public const string PassportType = "PASSAPORTE";

    /// <summary>Conversion name for values the property name implies (type, national type, Brazil as issuer).</summary>
    public const string Implied = "implied-by-field";

    /// <summary>A CPF or CNPJ: Brazilian, checked with its check-digit rule.</summary>
    public static IdentityDocument Brazilian(PedidoContext context, SourceLocation at, string path, DocumentType type, string nationalType)
    {
        var number = context.Scope.Text(CanonicalPaths.Join(path, "/number"), at)!;
        context.Scope.Map(CanonicalPaths.Join(path, "/type"), Implied, at);
        context.Scope.Map(CanonicalPaths.Join(path, "/nationalType"), Implied, at);
        context.Scope.Map(CanonicalPaths.Join(path, "/issuingCountry"), Implied, at);
        var status = context.Scope.CheckDocument(path, at, "BR", nationalType);
        return new IdentityDocument { Type = type, NationalType = nationalType, Number = number, IssuingCountry = "BR", CheckDigit = status };
    }

    /// <summary><c>passaporte</c> {numero, pais}: no check digit is known for passports, so it is carried unverified.</summary>
    public static IdentityDocument? Passport(PedidoContext context, JsonObjectView passaporte, string path)
    {
        var numberAt = context.RequiredString(passaporte, "numero", CanonicalPaths.Join(path, "/number"));
        var countryAt = passaporte.String("pais", CanonicalPaths.Join(path, "/issuingCountry"));
        var country = countryAt is null ? null : context.Scope.Country(CanonicalPaths.Join(path, "/issuingCountry"), countryAt);
        if (numberAt is null) return null;
        var number = context.Scope.Text(CanonicalPaths.Join(path, "/number"), numberAt)!;
        context.Scope.Map(CanonicalPaths.Join(path, "/type"), Implied, numberAt);
        context.Scope.Map(CanonicalPaths.Join(path, "/nationalType"), Implied, numberAt);
        context.Scope.Map(CanonicalPaths.Join(path, "/checkDigit"), "identity-rule:none", numberAt);
        return new IdentityDocument { Type = DocumentType.Passport, NationalType = PassportType, Number = number, IssuingCountry = country, CheckDigit = CheckDigitStatus.Unverified };
    }
}

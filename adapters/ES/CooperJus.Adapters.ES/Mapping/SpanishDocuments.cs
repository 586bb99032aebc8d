using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// Checks a document number: the SDK's rule (DNI and NIE letters), and for a CIF the adapter's own
/// <see cref="CifNumbers"/> when the SDK has no CIF rule, recorded and reported exactly as
/// <see cref="RecordScope.CheckDocument"/> does.
/// </summary>
internal static class SpanishDocuments
{
    public static CheckDigitStatus Check(RecordScope scope, string documentPath, SourceLocation at, string country, string nationalType)
    {
        if (country != "ES" || nationalType != "CIF") return scope.CheckDocument(documentPath, at, country, nationalType);
        var check = IdentityNumbers.Check(country, nationalType, at.Value ?? "");
        if (check.Status == CheckDigitStatus.Unverified) check = CifNumbers.Check(at.Value ?? "");
        scope.Map(documentPath + "/checkDigit", $"identity-rule:{check.Rule}", at);
        if (check.Status == CheckDigitStatus.Invalid)
            scope.Error("identity.check-digit", $"{country} {nationalType} '{at.Value}' is not valid: {check.Reason}", at, documentPath + "/number");
        return check.Status;
    }
}

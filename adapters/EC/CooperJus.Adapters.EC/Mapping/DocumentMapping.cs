using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// <c>documentos</c> of a persona or an empresa: <c>tipo</c> (<c>document-types.csv</c>), <c>numero</c>, and for a
/// foreign document its <c>denominacion</c> and <c>paisEmision</c>. A cédula or RUC needs neither: its national name
/// and Ecuador as its issuer are implied by its tipo. Cédulas are checked by the SDK (<c>ec.cedula</c>), RUCs by the
/// adapter (<see cref="RucNumbers"/>), foreign documents by the SDK's rule for their country when it has one.
/// </summary>
internal static class DocumentMapping
{
    public static List<IdentityDocument> Documents(RecordContext context, JsonObjectView party, string arrayPath)
    {
        var documents = new List<IdentityDocument>();
        foreach (var documento in party.Objects("documentos", arrayPath))
        {
            if (Document(context, documento, Paths.Item(arrayPath, documents.Count)) is { } document) documents.Add(document);
        }
        return documents;
    }

    private static IdentityDocument? Document(RecordContext context, JsonObjectView documento, string path)
    {
        var scope = context.Scope;
        var tipoAt = documento.RequiredString("tipo", path + "/type");
        var entry = tipoAt is null ? null : scope.Lookup(path + "/type", tipoAt, context.Lists.DocumentTypes);
        var type = NationalCodeLists.Canonical<DocumentType>(entry, "document");
        var numberAt = documento.RequiredString("numero", path + "/number");
        var number = numberAt is null ? null : scope.Text(path + "/number", numberAt);
        var nationalType = context.Text(documento, "denominacion", path + "/nationalType");
        if (nationalType is null && entry?["name"] is { } impliedName)
        {
            nationalType = impliedName;
            scope.Map(path + "/nationalType", Conversions.ImpliedByField, tipoAt!);
        }
        var issuingCountry = context.Country(documento, "paisEmision", path + "/issuingCountry");
        // A tipo with a national name (CEDULA, RUC) is an Ecuadorian document: Ecuador issues it.
        if (issuingCountry is null && !documento.Has("paisEmision") && entry?["name"] is not null)
        {
            issuingCountry = NationalDefaults.Country;
            scope.Map(path + "/issuingCountry", Conversions.ImpliedByField, tipoAt!);
        }
        if (type is null || number is null) return null;
        return new IdentityDocument
        {
            Type = type.Value,
            NationalType = nationalType,
            Number = number,
            IssuingCountry = issuingCountry,
            CheckDigit = Check(context, path, numberAt!, issuingCountry, nationalType),
        };
    }

    private static CheckDigitStatus Check(RecordContext context, string path, SourceLocation numberAt, string? country, string? nationalType)
    {
        if (country != NationalDefaults.Country || !string.Equals(nationalType, "RUC", StringComparison.OrdinalIgnoreCase))
            return context.Scope.CheckDocument(path, numberAt, country ?? "", nationalType ?? "");
        // The SDK has no RUC rule: the adapter checks it, as ES checks the CIF.
        var check = RucNumbers.Check(numberAt.Value ?? "");
        context.Scope.Map(path + "/checkDigit", "identity-rule:" + check.Rule, numberAt);
        if (check.Status == CheckDigitStatus.Invalid)
            context.Scope.Error("identity.check-digit", $"EC RUC '{numberAt.Value}' is not valid: {check.Reason}", numberAt, path + "/number");
        return check.Status;
    }
}

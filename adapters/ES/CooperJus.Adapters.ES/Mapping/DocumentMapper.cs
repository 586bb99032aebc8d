using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary><c>Documento</c> (<c>@tipo</c>, text = number) → an identity document or registration number.</summary>
internal sealed class DocumentMapper
{
    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;

    public DocumentMapper(SpainCodeLists lists, RecordScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    /// <summary>Maps every <c>Documento</c> of <paramref name="party"/> to <c>{listPath}/0</c>, <c>/1</c>…</summary>
    public List<IdentityDocument> MapAll(XmlSourceElement party, string listPath)
    {
        var documents = new List<IdentityDocument>();
        foreach (var element in party.All("Documento"))
            if (Map(element, $"{listPath}/{documents.Count}") is { } document) documents.Add(document);
        return documents;
    }

    private IdentityDocument? Map(XmlSourceElement element, string path)
    {
        var typeAt = element.Attribute("tipo");
        var numberAt = element.TextLocation;
        var entry = _scope.RequiredLookup(path + "/type", typeAt, _lists.DocumentTypes);
        var number = _scope.RequiredText(path + "/number", numberAt);
        if (entry is null || number is null) return null;
        _scope.Map(path + "/nationalType", _lists.DocumentTypes.ConversionName, typeAt);
        var country = entry["country"];
        if (country is not null) _scope.Map(path + "/issuingCountry", _lists.DocumentTypes.ConversionName, typeAt);
        var status = CheckDigitStatus.Unverified;
        if (country is null) _scope.Map(path + "/checkDigit", Conversions.AdapterDefault);
        else status = SpanishDocuments.Check(_scope, path, numberAt, country, entry.Key);
        return new IdentityDocument
        {
            Type = entry.Canonical<DocumentType>("type"),
            NationalType = entry.Key,
            Number = number,
            IssuingCountry = country,
            CheckDigit = status,
        };
    }
}

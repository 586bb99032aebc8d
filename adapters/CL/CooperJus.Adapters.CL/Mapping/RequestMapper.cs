using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// Turns one national record into a canonical request. Every field goes through <see cref="RecordScope"/>, which
/// records its lineage when the value converts and a located error when it does not; a record with any error gives
/// no request, only its problems.
/// </summary>
internal sealed class RequestMapper(NationalCodeLists lists, AdapterDescriptor descriptor)
{
    public RecordResult Map(NationalRecord record, string fileName)
    {
        var scope = new RecordScope();
        foreach (var problem in record.Problems) scope.Add(problem);
        foreach (var field in NationalFields.Required)
        {
            var at = record.At(field);
            if (string.IsNullOrWhiteSpace(at.Value)) scope.Error("required", $"{field} is required and is empty.", at);
        }

        var referenceAt = record.At(NationalFields.Reference);
        var reference = scope.Text("/issuingAuthority/requestReference", referenceAt);
        var caseReference = scope.Text("/issuingAuthority/caseReference", record.At(NationalFields.Case));
        var office = scope.Text("/issuingAuthority/name", record.At(NationalFields.Office));
        var createdAt = CreatedAt(scope, record.At(NationalFields.Created));
        var requestedCountry = scope.Country("/requestedAuthority/country", record.At(NationalFields.RequestedCountry));
        var summary = scope.Text("/facts/summary", record.At(NationalFields.Summary));
        var offences = Offences(scope, record.At(NationalFields.Offences));
        var measures = Measures(scope, record.At(NationalFields.Measures));
        var persons = Persons(scope, record);

        if (scope.HasErrors || reference is null || caseReference is null || createdAt is null || requestedCountry is null || summary is null)
            return scope.ToResult(reference, null, record.Start, record.OriginalText);

        scope.Map("/requestId", Conversions.RequestId, referenceAt);
        scope.Map("/kind", Conversions.AdapterDefault);
        scope.Map("/language", Conversions.AdapterDefault);
        scope.Map("/issuingAuthority/country", Conversions.AdapterDefault);
        scope.Map("/issuingAuthority/nationalSystem", Conversions.AdapterDefault);
        scope.Map("/urgency/level", Conversions.AdapterDefault);
        scope.Map("/confidentiality/confidential", Conversions.AdapterDefault);
        var request = new CooperationRequest
        {
            RequestId = RequestIds.FromNationalReference(NationalDefaults.Country, NationalDefaults.NationalSystem, reference),
            CreatedAt = createdAt.Value,
            Language = NationalDefaults.Language,
            IssuingAuthority = new IssuingAuthority
            {
                Country = NationalDefaults.Country,
                NationalSystem = NationalDefaults.NationalSystem,
                CaseReference = caseReference,
                RequestReference = reference,
                Name = office,
            },
            RequestedAuthority = new RequestedAuthority { Country = requestedCountry },
            Facts = new Facts { Summary = summary },
            Offences = offences,
            Measures = measures,
            Persons = persons,
            Provenance = new Provenance
            {
                AdapterId = descriptor.Id,
                AdapterVersion = descriptor.Version,
                SourceFormat = descriptor.SourceFormat,
                SourceFile = fileName,
                RecordId = reference,
            },
        };
        return scope.ToResult(reference, request, record.Start, record.OriginalText);
    }

    private static DateTimeOffset? CreatedAt(RecordScope scope, SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        if (!Conversions.TryParseInstant(at.Value, out var instant))
        {
            scope.Error("date.invalid", $"'{at.Value}' is not an RFC 3339 instant with an offset (2024-03-05T09:30:00-03:00).", at, "/createdAt");
            return null;
        }
        scope.Map("/createdAt", Conversions.Instant, at);
        return instant;
    }

    /// <summary>Each code of the list; a code not in <c>offences.csv</c> is kept as written with a warning.</summary>
    private List<Offence> Offences(RecordScope scope, SourceLocation at)
    {
        var offences = new List<Offence>();
        foreach (var code in Codes(at))
        {
            var path = $"/offences/{offences.Count}";
            var codeAt = at with { Value = code };
            var entry = scope.Lookup(path + "/iccsCode", codeAt, lists.Offences, unknownIsWarning: true);
            scope.Map(path + "/nationalCode", Conversions.ListItem, codeAt);
            if (entry?["provision"] is not null) scope.Map(path + "/legalProvision", lists.Offences.ConversionName, codeAt);
            offences.Add(new Offence { NationalCode = code, IccsCode = entry?["iccs"], LegalProvision = entry?["provision"] });
        }
        return offences;
    }

    /// <summary>Each code of the list; a code not in <c>measures.csv</c> is an error.</summary>
    private List<Measure> Measures(RecordScope scope, SourceLocation at)
    {
        var measures = new List<Measure>();
        foreach (var code in Codes(at))
        {
            var path = $"/measures/{measures.Count}";
            var codeAt = at with { Value = code };
            if (scope.Lookup(path + "/type", codeAt, lists.Measures) is not { } entry
                || !CanonicalCodes.TryParse<MeasureType>(entry["type"], out var type)) continue;
            scope.Map(path + "/nationalCode", Conversions.ListItem, codeAt);
            measures.Add(new Measure { Type = type.Value, NationalCode = code });
        }
        return measures;
    }

    /// <summary>The one person a record may name; a name without a role (or a role unknown to <c>roles.csv</c>) is an error.</summary>
    private List<Person> Persons(RecordScope scope, NationalRecord record)
    {
        var nameAt = record.At(NationalFields.PersonName);
        var roleAt = record.At(NationalFields.PersonRole);
        var name = scope.Text("/persons/0/fullName", nameAt);
        if (name is null)
        {
            if (!string.IsNullOrWhiteSpace(roleAt.Value)) scope.Error("required", $"{NationalFields.PersonName} is required when {NationalFields.PersonRole} is given.", nameAt, "/persons/0/fullName");
            return [];
        }
        if (string.IsNullOrWhiteSpace(roleAt.Value))
        {
            scope.Error("required", $"{NationalFields.PersonRole} is required when {NationalFields.PersonName} is given.", roleAt, "/persons/0/role");
            return [];
        }
        if (scope.Lookup("/persons/0/role", roleAt, lists.Roles) is not { } entry || !CanonicalCodes.TryParse<PersonRole>(entry["role"], out var role)) return [];
        scope.Map("/persons/0/ref", Conversions.AdapterDefault);
        return [new Person { Ref = NationalDefaults.PersonRef, FullName = name, Role = role.Value }];
    }

    private static IEnumerable<string> Codes(SourceLocation at) =>
        (at.Value ?? "").Split(NationalFields.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

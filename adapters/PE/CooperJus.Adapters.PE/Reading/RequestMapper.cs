using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;
using S = CooperJus.Adapters.PE.SgfColumnSlots;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// Turns the rows of one request into a canonical request: request-level columns from the first row (the others
/// repeat them), then one person, organisation or cultural object per row. Records lineage for every canonical field.
/// </summary>
internal sealed class RequestMapper
{
    /// <summary>The national system every request read here comes from.</summary>
    public const string NationalSystem = "SGF";

    private const int InstrumentPath = 0, PartiesPath = 1;
    private const int NationalCodePath = 0, NationalWordingPath = 1, IccsCodePath = 2, LegalProvisionPath = 3;
    private const int TypePath = 0, MeasureNationalCodePath = 1, DescriptionPath = 2, TargetsPath = 3;

    private static readonly IndexedPaths LegalBasisPaths = new("/legalBasis/", "/instrument", "/parties");
    private static readonly IndexedPaths OffencePaths = new("/offences/", "/nationalCode", "/nationalWording", "/iccsCode", "/legalProvision");
    private static readonly IndexedPaths MeasurePaths = new("/measures/", "/type", "/nationalCode", "/description", "/targets");

    private readonly SgfCodeLists _lists;
    private readonly AdapterDescriptor _descriptor;
    private readonly TimeProvider _clock;
    private readonly PartyMapper _parties;

    public RequestMapper(SgfCodeLists lists, AdapterDescriptor descriptor, TimeProvider clock)
    {
        _lists = lists;
        _descriptor = descriptor;
        _clock = clock;
        _parties = new PartyMapper(lists);
    }

    public RecordResult Map(RequestBlock block)
    {
        var scope = new RecordScope();
        foreach (var problem in block.Problems) scope.Add(problem);
        foreach (var blockRow in block.Rows)
        {
            foreach (var problem in blockRow.Problems) scope.Add(problem);
        }
        var row = block.First;
        var issuing = MapIssuingAuthority(scope, row);
        var requested = MapRequestedAuthority(scope, row);
        var legalBasis = MapLegalBasis(scope, row.At(S.LegalBasis));
        var urgency = MapUrgency(scope, row);
        var confidentiality = MapConfidentiality(scope, row.At(S.Reserved));
        var offences = MapOffences(scope, row.At(S.Offences));
        var facts = MapFacts(scope, row);
        var parties = _parties.Map(scope, block.Rows);
        var measures = MapMeasures(scope, row, parties);
        scope.Map("/requestId", "request-id", row.At(S.RequestNumber));
        scope.Map("/kind", "adapter-default");
        scope.Map("/language", "adapter-default");
        scope.Map("/createdAt", "clock");
        CooperationRequest? request = null;
        if (!scope.HasErrors && issuing is not null && requested is not null && facts is not null)
        {
            request = new CooperationRequest
            {
                RequestId = RequestIds.FromNationalReference(_descriptor.Country, NationalSystem, block.Number),
                Kind = RequestKind.MutualLegalAssistance,
                CreatedAt = _clock.GetUtcNow(),
                Language = "es",
                IssuingAuthority = issuing,
                RequestedAuthority = requested,
                LegalBasis = legalBasis,
                Urgency = urgency,
                Confidentiality = confidentiality,
                Offences = offences,
                Facts = facts,
                Persons = parties.Persons,
                Organisations = parties.Organisations,
                Assets = parties.Assets,
                Measures = measures,
                Provenance = new Provenance
                {
                    AdapterId = _descriptor.Id,
                    AdapterVersion = _descriptor.Version,
                    SourceFormat = _descriptor.SourceFormat,
                    SourceFile = row.Location.File,
                    RecordId = block.Number,
                },
            };
        }
        return scope.ToResult(block.Number, request, row.Location, block.OriginalText());
    }

    private IssuingAuthority? MapIssuingAuthority(RecordScope scope, SgfRow row)
    {
        var reference = scope.RequiredText("/issuingAuthority/requestReference", row.At(S.RequestNumber));
        var caseFile = scope.RequiredText("/issuingAuthority/caseReference", row.At(S.CaseFile));
        var office = scope.RequiredText("/issuingAuthority/name", row.At(S.Office));
        var officer = scope.Text("/issuingAuthority/officer/name", row.At(S.Prosecutor));
        var email = scope.Text("/issuingAuthority/contact/email", row.At(S.Email));
        var phone = scope.Text("/issuingAuthority/contact/phone", row.At(S.Phone));
        scope.Map("/issuingAuthority/country", "adapter-default");
        scope.Map("/issuingAuthority/nationalSystem", "adapter-default");
        if (reference is null || caseFile is null || office is null) return null;
        return new IssuingAuthority
        {
            Country = _descriptor.Country,
            Name = office,
            Officer = officer is null ? null : new Officer { Name = officer },
            Contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone },
            CaseReference = caseFile,
            RequestReference = reference,
            NationalSystem = NationalSystem,
        };
    }

    private static RequestedAuthority? MapRequestedAuthority(RecordScope scope, SgfRow row)
    {
        var countryAt = row.At(S.RequestedCountry);
        var country = Required(scope, "/requestedAuthority/country", countryAt) ? scope.Country("/requestedAuthority/country", countryAt) : null;
        var name = scope.Text("/requestedAuthority/name", row.At(S.RequestedAuthority));
        return country is null ? null : new RequestedAuthority { Country = country, Name = name };
    }

    private List<LegalBasis> MapLegalBasis(RecordScope scope, SourceLocation at)
    {
        var result = new List<LegalBasis>();
        foreach (var item in ItemList.Split(at))
        {
            var paths = LegalBasisPaths.At(result.Count);
            if (scope.Lookup(paths[InstrumentPath], item, _lists.Instruments) is not { } entry) continue;
            var parties = _lists.InstrumentParties[entry];
            if (parties.Count > 0) scope.Map(paths[PartiesPath], _lists.Instruments.ConversionName, item);
            result.Add(new LegalBasis { Instrument = SgfCodeLists.InstrumentOf(entry), Parties = parties });
        }
        return result;
    }

    private Urgency MapUrgency(RecordScope scope, SgfRow row)
    {
        var levelAt = row.At(S.Urgency);
        var level = UrgencyLevel.Normal;
        if (string.IsNullOrWhiteSpace(levelAt.Value))
            scope.Map("/urgency/level", "adapter-default");
        else if (scope.Lookup("/urgency/level", levelAt, _lists.Urgency) is { } entry)
            level = SgfCodeLists.UrgencyOf(entry);
        var respondBy = scope.DayFirstDate("/urgency/deadlines/0/by", row.At(S.Deadline));
        return new Urgency { Level = level, Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [] };
    }

    private Confidentiality MapConfidentiality(RecordScope scope, SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(at.Value))
        {
            scope.Map("/confidentiality/confidential", "adapter-default");
            return new Confidentiality();
        }
        var entry = scope.Lookup("/confidentiality/confidential", at, _lists.Reserved);
        return new Confidentiality { Confidential = entry is not null && SgfCodeLists.ConfidentialOf(entry) };
    }

    private List<Offence> MapOffences(RecordScope scope, SourceLocation at)
    {
        var result = new List<Offence>();
        if (!Required(scope, "/offences", at)) return result;
        foreach (var item in ItemList.Split(at))
        {
            var paths = OffencePaths.At(result.Count);
            var colon = item.Value!.IndexOf(':', StringComparison.Ordinal);
            var code = (colon < 0 ? item.Value : item.Value[..colon]).Trim();
            var wording = colon < 0 ? null : item.Value[(colon + 1)..].Trim() is { Length: > 0 } text ? text : null;
            var codeAt = ReferenceEquals(code, item.Value) ? item : item with { Value = code };
            if (code.Length == 0)
            {
                scope.Error("required", $"The offence \"{item.Value}\" has no article code before ':'.", item, paths[NationalCodePath]);
                continue;
            }
            scope.Map(paths[NationalCodePath], "delitos-item-code", item);
            if (wording is not null) scope.Map(paths[NationalWordingPath], "delitos-item-wording", item);
            var entry = scope.Lookup(paths[IccsCodePath], codeAt, _lists.Offences, unknownIsWarning: true);
            var (iccs, provision) = entry is null ? default : _lists.OffenceClassifications[entry];
            if (provision is not null) scope.Map(paths[LegalProvisionPath], _lists.Offences.ConversionName, codeAt);
            result.Add(new Offence { NationalCode = code, NationalWording = wording, IccsCode = iccs, LegalProvision = provision });
        }
        return result;
    }

    private static Facts? MapFacts(RecordScope scope, SgfRow row)
    {
        var summary = scope.RequiredText("/facts/summary", row.At(S.Facts));
        var periodAt = row.At(S.FactsPeriod);
        var period = scope.DayFirstRange("/facts/period/start", periodAt);
        if (period is not null) scope.Map("/facts/period/end", Dates.DayFirstRangeConversion, periodAt);
        return summary is null ? null : new Facts { Summary = summary, Period = period };
    }

    private List<Measure> MapMeasures(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var result = new List<Measure>();
        var at = row.At(S.Measures);
        if (!Required(scope, "/measures", at)) return result;
        var detailAt = row.At(S.MeasuresDetail);
        foreach (var item in ItemList.Split(at))
        {
            var paths = MeasurePaths.At(result.Count);
            if (scope.Lookup(paths[TypePath], item, _lists.Measures) is not { } entry) continue;
            scope.Map(paths[MeasureNationalCodePath], "copy", item);
            var description = scope.Text(paths[DescriptionPath], detailAt);
            var (targets, sources) = parties.Targets(_lists.MeasureTargets[entry], item);
            if (targets.Count > 0) scope.Map(paths[TargetsPath], "targets-by-row-kind", sources);
            result.Add(new Measure
            {
                Type = _lists.MeasureTypes[entry],
                NationalCode = item.Value,
                Description = description,
                Subjects = targets.Select(t => new MeasureSubject { Ref = t }).ToList(),
            });
        }
        return result;
    }

    private static bool Required(RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (!string.IsNullOrWhiteSpace(at.Value)) return true;
        scope.Error("required", $"{at.Field} is required and is empty.", at, canonicalPath);
        return false;
    }
}

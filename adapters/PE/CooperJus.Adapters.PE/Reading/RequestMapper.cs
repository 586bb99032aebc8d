using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
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
    private const int TypePath = 0, MeasureNationalCodePath = 1, DescriptionPath = 2, PurposePath = 3, OrderIssuerPath = 4, OrderAuthorityPath = 5,
        OrderReferencePath = 6, OrderDatePath = 7, HearingCapacityPath = 8, HearingModalityPath = 9;

    private static readonly IndexedPaths LegalBasisPaths = new("/legalBasis/", "/instrument", "/parties");
    private static readonly IndexedPaths OffencePaths = new("/offences/", "/nationalCode", "/nationalWording", "/iccsCode", "/legalProvision");
    private static readonly IndexedPaths MeasurePaths = new("/measures/", "/type", "/nationalCode", "/description", "/purpose",
        "/nationalOrder/issuedBy", "/nationalOrder/authority", "/nationalOrder/reference", "/nationalOrder/date", "/hearing/capacity", "/hearing/modality");

    private static readonly IndexedPaths MeasureRoots = new("/measures/", "");

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
        offences = MaximumPenalties.Apply(scope, row.At(S.MaximumPenalties), offences);
        var issuedOn = scope.DayFirstDate("/issuedOn", row.At(S.IssuedOn));
        var facts = MapFacts(scope, row);
        var parties = _parties.Map(scope, block.Rows);
        var measures = MapMeasures(scope, row, parties);
        var requestId = scope.RequestId(row.At(S.GatewayRequestId), row.At(S.RequestNumber), _descriptor.Country, NationalSystem);
        scope.Map("/kind", "adapter-default");
        scope.Map("/language", "adapter-default");
        scope.Map("/createdAt", "clock");
        CooperationRequest? request = null;
        if (!scope.HasErrors && requestId is not null && issuing is not null && requested is not null && facts is not null)
        {
            request = new CooperationRequest
            {
                RequestId = requestId,
                Kind = RequestKind.MutualLegalAssistance,
                IssuedOn = issuedOn,
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
        // FECHA_LIMITE is the date the request asks to be executed by: a deadline of kind execute.
        if (respondBy is not null) scope.Map("/urgency/deadlines/0/kind", "adapter-default");
        var grounds = new List<UrgencyGround>();
        var groundsAt = row.At(S.UrgencyGrounds);
        foreach (var item in ItemList.Split(groundsAt))
        {
            if (_lists.UrgencyGrounds.Find(item.Value) is { } ground) grounds.Add(SgfCodeLists.Parse<UrgencyGround>(ground, "ground"));
            else scope.Error("code-list.unknown", $"'{item.Value}' is not in code list '{_lists.UrgencyGrounds.Name}'.", item, "/urgency/grounds");
        }
        if (grounds.Count > 0) scope.Map("/urgency/grounds", _lists.UrgencyGrounds.ConversionName, groundsAt);
        return new Urgency
        {
            Level = level,
            Grounds = [.. grounds.Distinct()],
            Reason = scope.Text("/urgency/reason", row.At(S.UrgencyReason)),
            Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [],
        };
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
        var period = scope.DayFirstRange("/facts/period", periodAt);
        return summary is null ? null : new Facts { Summary = summary, Period = period };
    }

    private List<Measure> MapMeasures(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var result = new List<Measure>();
        var at = row.At(S.Measures);
        if (!Required(scope, "/measures", at)) return result;
        var detailAt = row.At(S.MeasuresDetail);
        var purposeAt = row.At(S.Purpose);
        var order = NationalOrders.Read(scope, row, _lists);
        var codes = new List<(SourceLocation Item, CodeListEntry Entry)>();
        foreach (var item in ItemList.Split(at))
        {
            if (scope.Lookup(MeasurePaths.At(codes.Count)[TypePath], item, _lists.Measures) is { } entry) codes.Add((item, entry));
        }
        var subjects = MeasureSubjects.Read(scope, _lists, parties, [.. codes.Select(c => c.Entry)]);
        foreach (var (item, entry) in codes)
        {
            var paths = MeasurePaths.At(result.Count);
            scope.Map(paths[MeasureNationalCodePath], "copy", item);
            var measureSubjects = subjects.Of(scope, result.Count, entry, item, MeasureRoots.At(result.Count)[0], parties);
            var type = _lists.MeasureTypes[entry];
            var hearing = Hearing(scope, paths, item, entry, type, subjects.RowsOf(measureSubjects, parties));
            // A hearing code that does not say whom it hears (DECLARACION_VIDEOCONFERENCIA) is a suspect hearing when
            // every person the record links to it is a suspect or accused (the rule of the v1 → v2 upgrade).
            if (type == MeasureType.WitnessHearing && hearing?.Capacity == HearingCapacity.Suspect && !_lists.MeasureRules[entry].HasImplication)
                type = MeasureType.SuspectHearing;
            result.Add(new Measure
            {
                Type = type,
                NationalCode = item.Value,
                Description = scope.Text(paths[DescriptionPath], detailAt),
                Purpose = scope.Text(paths[PurposePath], purposeAt),
                Subjects = measureSubjects,
                Hearing = hearing,
                NationalOrder = order?.For(scope, paths[OrderIssuerPath], paths[OrderAuthorityPath], paths[OrderReferencePath], paths[OrderDatePath]),
            });
        }
        return result;
    }

    /// <summary>
    /// The hearing particulars the record gives: the modality the code says, and the capacity the linked persons'
    /// CONDICION says when they all agree.
    /// </summary>
    private HearingParticulars? Hearing(RecordScope scope, string[] paths, SourceLocation code, CodeListEntry entry, MeasureType type, IEnumerable<PartyRow> rows)
    {
        if (type is not (MeasureType.WitnessHearing or MeasureType.SuspectHearing)) return null;
        var modality = _lists.MeasureRules[entry].Modality;
        if (modality is not null) scope.Map(paths[HearingModalityPath], _lists.Measures.ConversionName, code);
        var heard = rows.ToList();
        var capacities = heard.Select(r => r.Kind == RowKind.Person ? HearingCapacities.Of(r.Role) : null).Distinct().ToList();
        var capacity = capacities is [{ } only] ? only : (HearingCapacity?)null;
        if (capacity is not null) scope.Map(paths[HearingCapacityPath], "hearing-capacity-from-condition", [code, .. heard.Select(r => r.ConditionAt)]);
        return capacity is null && modality is null ? null : new HearingParticulars { Capacity = capacity, Modality = modality };
    }

    private static bool Required(RecordScope scope, string canonicalPath, SourceLocation at)
    {
        if (!string.IsNullOrWhiteSpace(at.Value)) return true;
        scope.Error("required", $"{at.Field} is required and is empty.", at, canonicalPath);
        return false;
    }
}

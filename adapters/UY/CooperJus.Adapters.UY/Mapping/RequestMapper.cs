using CooperJus.Adapters.UY.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>
/// Turns one solicitud (one line) into a canonical request. Every field goes through the record's
/// <see cref="RecordScope"/>, which records its lineage when the value converts and a located error when it does not;
/// a solicitud with any error gives no request, only its problems.
/// </summary>
internal sealed class RequestMapper(NationalCodeLists lists, AdapterDescriptor descriptor)
{
    private readonly PartyMapper _parties = new(lists);
    private readonly AssetMapper _assets = new();
    private readonly MeasureMapper _measures = new(lists);

    public RecordResult Map(JsonRecord record, string fileName)
    {
        var scope = record.Scope;
        var lineId = RecordReader.LineId(record.Location.Line);
        if (record.RootObject() is not { } solicitud) return scope.ToResult(lineId, null, record.Location, record.OriginalText);

        var referenceAt = solicitud.RequiredString(F.NumeroSolicitud, "/issuingAuthority/requestReference");
        var reference = referenceAt is null ? null : scope.Text("/issuingAuthority/requestReference", referenceAt);
        var requestId = referenceAt is null ? null : scope.RequestId(solicitud.At(F.IdPasarela), referenceAt, NationalDefaults.Country, NationalDefaults.NationalSystem);
        var issuer = Issuer(scope, solicitud, reference);
        var national = issuer?.Country == NationalDefaults.Country;
        var createdAt = Reads.Instant(scope, solicitud, F.FechaHora, "/createdAt");
        var requested = Requested(scope, solicitud);
        var facts = Facts(scope, solicitud);
        var proceedings = Proceedings(scope, solicitud, national);
        var urgency = Urgency(scope, solicitud);
        var confidentiality = Confidentiality(scope, solicitud);
        var offences = _measures.Offences(scope, solicitud);
        var persons = _parties.Persons(scope, solicitud);
        var organisations = _parties.Organisations(scope, solicitud);
        var partyRefs = new HashSet<string>(persons.Select(p => p.Ref).Concat(organisations.Select(o => o.Ref)), StringComparer.Ordinal);
        var assets = _assets.Assets(scope, solicitud, partyRefs);
        var refs = new HashSet<string>(partyRefs.Concat(assets.Select(a => a.Ref)), StringComparer.Ordinal);
        var measures = _measures.Measures(scope, solicitud, refs);
        record.ReportUnknownProperties();

        if (scope.HasErrors || reference is null || requestId is null || issuer is null || createdAt is null || requested is null || facts is null)
            return scope.ToResult(reference ?? lineId, null, record.Location, record.OriginalText);

        scope.Map("/kind", Conversions.AdapterDefault);
        scope.Map("/language", Conversions.AdapterDefault);
        var request = new CooperationRequest
        {
            RequestId = requestId,
            CreatedAt = createdAt.Value,
            Language = NationalDefaults.Language,
            IssuingAuthority = issuer,
            RequestedAuthority = requested,
            Proceedings = proceedings,
            Urgency = urgency,
            Confidentiality = confidentiality,
            Facts = facts,
            Offences = offences,
            Persons = persons,
            Organisations = organisations,
            Assets = assets,
            Measures = measures,
            Provenance = new Provenance
            {
                AdapterId = descriptor.Id,
                AdapterVersion = descriptor.Version,
                SourceFormat = descriptor.SourceFormat,
                SourceFile = fileName,
                RecordId = reference,
            },
        };
        return scope.ToResult(reference, request, record.Location, record.OriginalText);
    }

    private static IssuingAuthority? Issuer(RecordScope scope, JsonObjectView solicitud, string? reference)
    {
        // A solicitud received from abroad (pasiva) names its requesting country; one of the fiscalía's own (activa) does not.
        var country = Reads.Country(scope, solicitud, F.PaisRequirente, "/issuingAuthority/country");
        if (country is null && !solicitud.Has(F.PaisRequirente))
        {
            scope.Map("/issuingAuthority/country", Conversions.AdapterDefault);
            country = NationalDefaults.Country;
        }
        var caseAt = solicitud.RequiredString(F.NumeroCaso, "/issuingAuthority/caseReference");
        string? caseReference = null;
        if (caseAt is not null)
        {
            // Only SIPPAU's own case numbers have a known structure; a foreign case reference is kept as written.
            if (country != NationalDefaults.Country || CaseNumbers.IsCaseNumber(caseAt.Value!)) caseReference = scope.Text("/issuingAuthority/caseReference", caseAt);
            else scope.Error("uy.case-number", $"{F.NumeroCaso} '{caseAt.Value}' is not a SIPPAU case number (digits, a slash and the year: 40123/2024).", caseAt, "/issuingAuthority/caseReference");
        }
        var name = Reads.Text(scope, solicitud, F.Fiscalia, "/issuingAuthority/name");
        var fiscal = Reads.Text(scope, solicitud, F.Fiscal, "/issuingAuthority/officer/name");
        var correo = Reads.Text(scope, solicitud, F.Correo, "/issuingAuthority/contact/email");
        if (caseReference is null || country is null) return null;
        scope.Map("/issuingAuthority/nationalSystem", Conversions.AdapterDefault);
        return new IssuingAuthority
        {
            Country = country,
            NationalSystem = NationalDefaults.NationalSystem,
            Name = name,
            CaseReference = caseReference,
            RequestReference = reference,
            Officer = fiscal is null ? null : new Officer { Name = fiscal },
            Contact = correo is null ? null : new Contact { Email = correo },
        };
    }

    private static RequestedAuthority? Requested(RecordScope scope, JsonObjectView solicitud)
    {
        var at = solicitud.RequiredString(F.PaisRequerido, "/requestedAuthority/country");
        var country = at is null ? null : scope.Country("/requestedAuthority/country", at);
        var name = Reads.Text(scope, solicitud, F.AutoridadRequerida, "/requestedAuthority/name");
        return country is null ? null : new RequestedAuthority { Country = country, Name = name };
    }

    private static Facts? Facts(RecordScope scope, JsonObjectView solicitud)
    {
        var summary = Reads.RequiredText(scope, solicitud, F.Hechos, "/facts/summary");
        var place = Reads.Text(scope, solicitud, F.LugarHechos, "/facts/place");
        var start = Reads.IsoDate(scope, solicitud, F.PeriodoDesde, "/facts/period/start");
        var end = Reads.IsoDate(scope, solicitud, F.PeriodoHasta, "/facts/period/end");
        if (end is not null && start is null) scope.Error("required", $"{F.PeriodoHasta} is given without {F.PeriodoDesde}.", solicitud.At(F.PeriodoDesde), "/facts/period/start");
        if (start is not null && end is not null && end < start) scope.Error("uy.period", $"{F.PeriodoHasta} {end:yyyy-MM-dd} is before {F.PeriodoDesde} {start:yyyy-MM-dd}.", solicitud.At(F.PeriodoHasta), "/facts/period/end");
        if (summary is null) return null;
        return new Facts { Summary = summary, Place = place, Period = start is { } s ? new DateRange { Start = s, End = end } : null };
    }

    private static Proceedings? Proceedings(RecordScope scope, JsonObjectView solicitud, bool national)
    {
        var iueAt = solicitud.String(F.Iue, "/proceedings/courtCaseNumber");
        string? iue = null;
        if (iueAt is not null && !string.IsNullOrWhiteSpace(iueAt.Value))
        {
            if (!national || CaseNumbers.IsIue(iueAt.Value)) iue = scope.Text("/proceedings/courtCaseNumber", iueAt);
            else scope.Error("uy.iue", $"{F.Iue} '{iueAt.Value}' is not an IUE (sede, a hyphen, the number, a slash and the year: 2-12345/2024).", iueAt, "/proceedings/courtCaseNumber");
        }
        var court = Reads.Text(scope, solicitud, F.Juzgado, "/proceedings/court");
        if (iue is null && court is null) return null;
        // SIPPAU exports requests of the investigation stage (the fiscalía's own investigación preliminar or formalizada).
        scope.Map("/proceedings/type", Conversions.AdapterDefault);
        return new Proceedings { Type = ProceedingsType.CriminalInvestigation, CourtCaseNumber = iue, Court = court };
    }

    private Urgency Urgency(RecordScope scope, JsonObjectView solicitud)
    {
        var levelAt = solicitud.String(F.Urgencia, "/urgency/level");
        var level = Reads.Code<UrgencyLevel>(scope, levelAt, new CodeListLookup(lists.Urgency, "level"), "/urgency/level");
        if (level is null) scope.Map("/urgency/level", Conversions.AdapterDefault);
        var reason = Reads.Text(scope, solicitud, F.MotivoUrgencia, "/urgency/reason");
        var plazoAt = solicitud.String(F.Plazo, "/urgency/deadlines/0/by");
        var deadlines = new List<Deadline>();
        if (plazoAt is not null && scope.IsoDate("/urgency/deadlines/0/by", plazoAt) is { } by)
        {
            scope.Map("/urgency/deadlines/0/kind", Conversions.ImpliedByField, plazoAt);
            deadlines.Add(new Deadline { Kind = DeadlineKind.Execute, By = by });
        }
        return new Urgency { Level = level ?? UrgencyLevel.Normal, Reason = reason, Deadlines = deadlines };
    }

    private static Confidentiality Confidentiality(RecordScope scope, JsonObjectView solicitud)
    {
        var reservado = solicitud.Boolean(F.Reservado, "/confidentiality/confidential");
        if (reservado is { } r) scope.Map("/confidentiality/confidential", Conversions.Copy, r.At);
        else scope.Map("/confidentiality/confidential", Conversions.AdapterDefault);
        var reason = Reads.Text(scope, solicitud, F.MotivoReserva, "/confidentiality/reason");
        return new Confidentiality { Confidential = reservado?.Value ?? false, Reason = reason };
    }
}

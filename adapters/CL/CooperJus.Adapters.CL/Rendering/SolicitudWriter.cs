using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>One canonical request → one <c>Solicitud</c>, its elements in the order of the format.</summary>
internal sealed class SolicitudWriter(XmlRenderOutput output, ChileCodeLists lists, RenderScope scope)
{
    public void Write(CooperationRequest request)
    {
        output.Start(SafSchema.Record);
        var folio = Folio(request);
        output.Attribute("folio", folio, "/issuingAuthority/requestReference");
        // @idPasarela only when @folio does not give the id: an export of SAF's own requests stays as it was.
        if (!RequestIds.IsDerivedFrom(request.RequestId, NationalDefaults.Country, NationalDefaults.NationalSystem, folio))
            output.Code(SafSchema.GatewayIdAttribute, request.RequestId);
        output.Code("ingreso", Dates.FormatInstant(request.CreatedAt));
        Issuer(request.IssuingAuthority);
        Court(request.Proceedings);
        output.Element("Fiscalia", request.IssuingAuthority.Name, "/issuingAuthority/name");
        Fiscal(request.IssuingAuthority);
        output.Element("FechaOficio", Date(request.IssuedOn), "/issuedOn");
        output.Element("PaisRequerido", request.RequestedAuthority.Country, "/requestedAuthority/country");
        output.Element("AutoridadRequerida", request.RequestedAuthority.Name, "/requestedAuthority/name");
        Instruments(request.LegalBasis);
        Urgency(request.Urgency);
        if (request.Confidentiality.Confidential) output.Element("Reservada", lists.Reserved.FindBy("confidential", "true")!.Key, "/confidentiality/confidential");
        output.Element("Hechos", request.Facts.Summary, "/facts/summary");
        output.Element("LugarHechos", request.Facts.Place, "/facts/place");
        Period(request.Facts.Period);
        Offences(request.Offences);
        var ids = new RenderIds();
        var parties = new PartyWriter(output, lists, scope, ids);
        parties.WritePersons(request.Persons);
        parties.WriteOrganisations(request.Organisations);
        new AssetWriter(output, scope, ids).Write(request.Assets);
        new MeasureWriter(output, lists, scope, ids).Write(request.Measures);
        AttachmentWriter.Write(output, scope, request.Attachments);
        output.End();
        Defaults(request);
    }

    /// <summary>A day-first date with dashes, as SAF writes dates.</summary>
    public static string? Date(DateOnly? date) => date is { } day ? Dates.FormatDayFirst(day, '-') : null;

    private string Folio(CooperationRequest request)
    {
        if (request.IssuingAuthority.RequestReference is { } reference) return reference;
        scope.Altered("/issuingAuthority/requestReference", "SAF requires a folio: the request id is written as Solicitud/@folio, and reads back as the request reference.");
        return request.RequestId;
    }

    /// <summary>The requesting country when it is not Chile, and the case: a RUC for a Chilean case, else CausaOrigen.</summary>
    private void Issuer(IssuingAuthority issuer)
    {
        var chilean = issuer.Country == NationalDefaults.Country;
        if (!chilean) output.Element("PaisRequirente", issuer.Country, "/issuingAuthority/country");
        output.Element(chilean && CaseNumbers.IsRuc(issuer.CaseReference) ? "RUC" : "CausaOrigen", issuer.CaseReference, "/issuingAuthority/caseReference");
        if (issuer.NationalSystem != NationalDefaults.NationalSystem)
            scope.Altered("/issuingAuthority/nationalSystem", $"a SAF export does not name the national system, so it reads back as {NationalDefaults.NationalSystem}.");
    }

    private void Court(Proceedings? proceedings)
    {
        if (proceedings is null) return;
        var stage = Stage(proceedings);
        output.Start("Tribunal");
        if (CaseNumbers.IsRit(proceedings.CourtCaseNumber)) output.Attribute("rit", proceedings.CourtCaseNumber, "/proceedings/courtCaseNumber");
        else if (proceedings.CourtCaseNumber is not null)
            scope.NotCarried("/proceedings/courtCaseNumber", "Tribunal/@rit holds a Chilean RIT (O-1234-2024) and this number is not one.");
        if (stage is not null) output.Code("etapa", stage);
        output.Text(proceedings.Court, "/proceedings/court");
        output.End();
    }

    /// <summary>
    /// <c>@etapa</c>: the national type as given when it is a stage of the same type, else the first stage listed for
    /// the type; none for an investigation the request gives no national type for (that is what an absent etapa reads as).
    /// </summary>
    private string? Stage(Proceedings proceedings)
    {
        var type = CanonicalCodes.ToCode(proceedings.Type);
        if (proceedings.NationalType is null && proceedings.Type == ProceedingsType.CriminalInvestigation) return null;
        var stage = proceedings.NationalType is { } given && lists.Stages.Find(given)?["type"] == type ? given : lists.Stages.FindBy("type", type)?.Key;
        if (stage != proceedings.NationalType)
            scope.Altered("/proceedings/nationalType", $"Tribunal/@etapa holds a SAF stage, so it reads back as {stage}.");
        return stage;
    }

    private void Fiscal(IssuingAuthority issuer)
    {
        if (issuer.Officer is null && issuer.Contact is null) return;
        output.Start("Fiscal");
        output.Attribute("correo", issuer.Contact?.Email, "/issuingAuthority/contact/email");
        output.Attribute("telefono", issuer.Contact?.Phone, "/issuingAuthority/contact/phone");
        output.Text(issuer.Officer?.Name, "/issuingAuthority/officer/name");
        output.End();
    }

    /// <summary>
    /// Each legal basis as <c>Instrumento</c>: the first code of <c>instruments.csv</c> for the instrument and its
    /// parties; failing that, the code of the same treaty with its parties in another order, or the first code for the
    /// instrument, with <c>@partes</c>; failing that, the canonical code itself (read back as written) with <c>@partes</c>.
    /// </summary>
    private void Instruments(IReadOnlyList<LegalBasis> bases)
    {
        for (var i = 0; i < bases.Count; i++)
        {
            var basis = bases[i];
            var path = $"/legalBasis/{i}";
            var parties = string.Join('|', basis.Parties);
            var listed = lists.Instruments.FindBy(("instrument", basis.Instrument), ("parties", parties));
            var code = listed?.Key ?? SameParties(basis)?.Key ?? lists.Instruments.FindBy(("instrument", basis.Instrument), ("parties", null))?.Key;
            output.Start("Instrumento");
            if (listed is null && basis.Parties.Count > 0) output.Code("partes", string.Join(' ', basis.Parties));
            if (basis.Articles.Count > 0) output.Attribute("articulos", string.Join("; ", basis.Articles), path + "/articles");
            output.Text(code ?? basis.Instrument, path + "/instrument");
            output.End();
            if (basis.Articles.Any(article => article.Contains(';', StringComparison.Ordinal) || article.Trim().Length == 0))
                scope.Altered(path + "/articles", "Instrumento/@articulos separates articles with ';', so an article holding one (or an empty one) reads back split or dropped.");
            if (code is null && lists.Instruments.Find(basis.Instrument) is not null)
                scope.Altered(path + "/instrument", $"'{basis.Instrument}' is also a SAF code in instruments.csv, which reading would look up.");
        }
    }

    /// <summary>The listed treaty between the same States as <paramref name="basis"/>, whatever their order (Spain lists ES|CL, Chile CL|ES).</summary>
    private Gateway.Sdk.CodeLists.CodeListEntry? SameParties(LegalBasis basis) =>
        basis.Parties.Count == 0
            ? null
            : lists.Instruments.Entries.FirstOrDefault(entry => entry["instrument"] == basis.Instrument
                && entry["parties"] is { } parties && parties.Split('|').Order().SequenceEqual(basis.Parties.Order()));

    private void Urgency(Urgency urgency)
    {
        if (urgency.Level != UrgencyLevel.Normal || urgency.Reason is not null)
        {
            output.Start("Urgencia");
            output.Code("nivel", lists.Urgency.FindBy("level", CanonicalCodes.ToCode(urgency.Level))!.Key);
            output.Text(urgency.Reason, "/urgency/reason");
            output.End();
        }
        var written = false;
        for (var i = 0; i < urgency.Deadlines.Count; i++)
        {
            var deadline = urgency.Deadlines[i];
            if (written || deadline.Kind != DeadlineKind.Execute)
            {
                scope.NotCarried($"/urgency/deadlines/{i}", "a SAF export has one Plazo, the date to execute by.");
                continue;
            }
            output.Start("Plazo");
            output.Attribute("motivo", deadline.Reason, $"/urgency/deadlines/{i}/reason");
            output.Text(Date(deadline.By), $"/urgency/deadlines/{i}/by");
            output.End();
            written = true;
        }
    }

    private void Period(DateRange? period)
    {
        if (period is null) return;
        output.Start("PeriodoHechos");
        output.Code("desde", Date(period.Start)!);
        if (Date(period.End) is { } end) output.Code("hasta", end);
        output.End();
    }

    private void Offences(IReadOnlyList<Offence> offences)
    {
        for (var i = 0; i < offences.Count; i++)
        {
            var offence = offences[i];
            var path = $"/offences/{i}";
            // The ICCS code and the provision are read from offences.csv again; written only where the list would give
            // something else (an offence from abroad, whose code Chile's list does not know).
            var entry = lists.Offences.Find(offence.NationalCode);
            var iccs = offence.IccsCode is { } code && code != entry?["iccs"] ? code : null;
            var provision = offence.LegalProvision is { } written && written != entry?["provision"] ? written : null;
            output.Start("Delito");
            output.Attribute("codigo", offence.NationalCode, path + "/nationalCode");
            output.Attribute("iccs", iccs, path + "/iccsCode");
            output.Attribute("norma", provision, path + "/legalProvision");
            output.Attribute("pena", offence.MaximumPenalty, path + "/maximumPenalty");
            if (offence.MaximumCustodialMonths is { } months) output.Code("mesesPresidio", months.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.Text(offence.NationalWording, path + "/nationalWording");
            output.End();
            if (offence.IccsCode is null && entry?["iccs"] is { } listed)
                scope.Altered(path + "/iccsCode", $"offences.csv classifies {offence.NationalCode} as {listed}, which is what reads back.");
            if (offence.LegalProvision is null && entry?["provision"] is { } listedProvision)
                scope.Altered(path + "/legalProvision", $"offences.csv gives the provision of {offence.NationalCode} as \"{listedProvision}\", which is what reads back.");
        }
    }

    /// <summary>Fields the reader fills in itself: carried when they hold the reader's value.</summary>
    private void Defaults(CooperationRequest request)
    {
        if (request.Kind != RequestKind.MutualLegalAssistance)
            scope.Altered("/kind", "a SAF export does not carry the kind of request, so it reads back as mutual-legal-assistance.");
        if (request.Language != NationalDefaults.Language)
            scope.Altered("/language", $"a SAF export is written in Spanish and does not name its language, so it reads back as {NationalDefaults.Language}.");
    }
}

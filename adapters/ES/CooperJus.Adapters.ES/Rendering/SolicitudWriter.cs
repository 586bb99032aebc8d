using CooperJus.Adapters.ES.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>One canonical request → one <c>Solicitud</c>, its elements in the order of the format.</summary>
internal sealed class SolicitudWriter
{
    private readonly XmlOut _out;
    private readonly SpainCodeLists _lists;
    private readonly RenderNotes _notes;

    public SolicitudWriter(XmlOut output, SpainCodeLists lists, RenderNotes notes)
    {
        _out = output;
        _lists = lists;
        _notes = notes;
    }

    public void Write(CooperationRequest request)
    {
        _out.Start("Solicitud");
        _out.Attribute("referencia", Reference(request), "/issuingAuthority/requestReference");
        Procedure(request);
        Issuer(request);
        RequestedState(request.RequestedAuthority);
        LegalBasis(request.LegalBasis);
        Handling(request);
        Offences(request.Offences);
        _out.CData("Hechos", request.Facts.Summary, "/facts/summary");
        _notes.NotCarriedIfPresent("/facts/period", request.Facts.Period, "is not carried: Fortuny has no period of the facts (say it in Hechos).");
        _notes.NotCarriedIfPresent("/facts/place", request.Facts.Place, "is not carried: Fortuny has no place of the facts (say it in Hechos).");
        new PartyWriter(_out, _lists, _notes).Write(request);
        Measures(request.Measures);
        new AssetWriter(_out, _notes).Write(request.Assets);
        Attachments(request.Attachments);
        _out.End();
        KindAndLanguage(request);
    }

    private string Reference(CooperationRequest request)
    {
        var reference = request.IssuingAuthority.RequestReference;
        if (reference is null)
        {
            _notes.Altered("/issuingAuthority/requestReference", "is missing: the request id is written as Solicitud/@referencia.");
            reference = request.RequestId;
        }
        var rereadId = RequestIds.FromNationalReference(AuthorityMapper.IssuingCountry, AuthorityMapper.NationalSystem, reference);
        if (rereadId != request.RequestId)
            _notes.Altered("/requestId", $"is not carried: Fortuny identifies a request by its referencia, so reading the file back gives the id {rereadId}.");
        return reference;
    }

    private void Procedure(CooperationRequest request)
    {
        var proceedings = request.Proceedings;
        var procedureClass = proceedings is null ? null : ProcedureClass(proceedings);
        var caseReference = request.IssuingAuthority.CaseReference;
        var number = caseReference;
        if (procedureClass is not null)
        {
            var prefix = procedureClass + " ";
            if (caseReference.StartsWith(prefix, StringComparison.Ordinal) && caseReference.Length > prefix.Length) number = caseReference[prefix.Length..];
            else _notes.Altered("/issuingAuthority/caseReference", $"is written as Procedimiento/@numero after @clase {procedureClass}, so it reads back as \"{prefix}{caseReference}\".");
        }
        _out.Start("Procedimiento");
        if (procedureClass is not null) _out.Code("clase", procedureClass);
        _out.Attribute("numero", number, "/issuingAuthority/caseReference");
        _out.Attribute("organo", proceedings?.Court, "/proceedings/court");
        _out.End();
        if (proceedings is { NationalType: null, Court: null } && procedureClass is null)
            _notes.Altered("/proceedings", "has neither a national type nor a court: a Procedimiento with a number only reads back as no proceedings.");
        _notes.NotCarriedIfPresent("/proceedings/courtCaseNumber", proceedings?.CourtCaseNumber, "is not carried: Fortuny has no court case number.");
        _notes.NotCarriedIfPresent("/proceedings/relatedRequests", proceedings?.RelatedRequests, "are not carried: Fortuny does not link earlier requests.");
    }

    private string? ProcedureClass(Proceedings proceedings)
    {
        var type = CanonicalCodes.ToCode(proceedings.Type);
        if (proceedings.NationalType is { } written && IsCode(written) && _lists.Proceedings.Find(written)?["type"] == type) return written;
        // No class reads back as criminal-investigation proceedings without a national type: write none then.
        if (proceedings.NationalType is null && proceedings.Type == ProceedingsType.CriminalInvestigation) return null;
        var procedureClass = _lists.Proceedings.FindBy("type", type)?.Key;
        if (procedureClass is null) _notes.NotCarried("/proceedings/type", $"is {type}, which no Fortuny class of proceedings (codelists/proceedings.csv) stands for.");
        else if (proceedings.NationalType is not null) _notes.Altered("/proceedings/nationalType", $"'{proceedings.NationalType}' is not a Fortuny class of {type} proceedings: written as {procedureClass}.");
        else _notes.Altered("/proceedings/nationalType", $"is empty: the {type} proceedings are written with class {procedureClass}, which reads back as their national type.");
        return procedureClass;
    }

    private void Issuer(CooperationRequest request)
    {
        var issuer = request.IssuingAuthority;
        if (issuer.Country != AuthorityMapper.IssuingCountry)
            _notes.Altered("/issuingAuthority/country", $"is {issuer.Country}: a Fortuny export comes from a Spanish authority, so it reads back as {AuthorityMapper.IssuingCountry}.");
        if (issuer.NationalSystem != AuthorityMapper.NationalSystem)
            _notes.Altered("/issuingAuthority/nationalSystem", $"is {issuer.NationalSystem}: it reads back as {AuthorityMapper.NationalSystem}.");
        if (issuer.Name is null) _notes.NotCarried("/issuingAuthority/name", "is missing, but Fortuny requires Fiscalia: the file will not read back.");
        _out.Element("Fiscalia", issuer.Name, "/issuingAuthority/name");
        if (issuer.Officer is not null || issuer.Contact is not null)
        {
            _out.Start("Fiscal");
            _out.Attribute("email", issuer.Contact?.Email, "/issuingAuthority/contact/email");
            _out.Attribute("telefono", issuer.Contact?.Phone, "/issuingAuthority/contact/phone");
            _out.Text(issuer.Officer?.Name, "/issuingAuthority/officer/name");
            _out.End();
        }
        _notes.NotCarriedIfPresent("/issuingAuthority/unit", issuer.Unit, "is not carried: Fortuny names the Fiscalía only.");
        _notes.NotCarriedIfPresent("/issuingAuthority/officer/role", issuer.Officer?.Role, "is not carried: Fortuny's Fiscal has no role.");
        _notes.NotCarriedIfPresent("/validatingAuthority", request.ValidatingAuthority, "is not carried: Fortuny has no validating authority.");
    }

    private void RequestedState(RequestedAuthority requested)
    {
        _out.Start("EstadoRequerido");
        _out.Attribute("iso", requested.Country, "/requestedAuthority/country");
        _out.Text(SpanishNames.Of(requested.Country), "/requestedAuthority/country");
        _out.End();
        const string why = "is not carried: Fortuny names the requested State only.";
        _notes.NotCarriedIfPresent("/requestedAuthority/name", requested.Name, why);
        _notes.NotCarriedIfPresent("/requestedAuthority/unit", requested.Unit, why);
        _notes.NotCarriedIfPresent("/requestedAuthority/officer", requested.Officer, why);
        _notes.NotCarriedIfPresent("/requestedAuthority/contact", requested.Contact, why);
    }

    private void LegalBasis(IReadOnlyList<LegalBasis> bases)
    {
        for (var i = 0; i < bases.Count; i++)
        {
            var path = $"/legalBasis/{i}";
            var entry = InstrumentEntry(bases[i]);
            if (entry is null)
            {
                _notes.NotCarried(path, $"({bases[i].Instrument} {string.Join('-', bases[i].Parties)}) is not carried: no Fortuny Instrumento code stands for it (codelists/instruments.csv).");
                continue;
            }
            _out.Element("Instrumento", entry.Key, path + "/instrument");
            if (!SpainCodeLists.Parties(entry).SequenceEqual(bases[i].Parties, StringComparer.Ordinal))
                _notes.Altered(path + "/parties", $"are read back in the order {string.Join(", ", SpainCodeLists.Parties(entry))}.");
            _notes.NotCarriedIfPresent(path + "/articles", bases[i].Articles, "are not carried: Fortuny's Instrumento names the instrument only.");
        }
    }

    private CodeListEntry? InstrumentEntry(LegalBasis basis) =>
        _lists.Instruments.Entries.FirstOrDefault(e => e["instrument"] == basis.Instrument
            && SpainCodeLists.Parties(e).Order(StringComparer.Ordinal).SequenceEqual(basis.Parties.Order(StringComparer.Ordinal), StringComparer.Ordinal));

    private void Handling(CooperationRequest request)
    {
        var urgency = request.Urgency;
        if (urgency.Level != UrgencyLevel.Normal || urgency.Reason is not null)
        {
            _out.Start("Urgencia");
            _out.Code("grado", _lists.Urgency.FindBy("level", CanonicalCodes.ToCode(urgency.Level))?.Key ?? "0");
            _out.Text(urgency.Reason, "/urgency/reason");
            _out.End();
        }
        _out.Element("FechaLimite", urgency.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Execute) is { } deadline ? Dates.FormatDayFirst(deadline.By) : null, "/urgency/deadlines/0/by");
        _out.Element("Reservada", request.Confidentiality.Confidential ? "true" : "false", "/confidentiality/confidential");
    }

    private void Offences(IReadOnlyList<Offence> offences)
    {
        if (offences.Count == 0) _notes.NotCarried("/offences", "is empty, but Fortuny requires at least one Delito: the file will not read back.");
        for (var i = 0; i < offences.Count; i++)
        {
            var path = $"/offences/{i}";
            var offence = offences[i];
            _out.Start("Delito");
            _out.Attribute("codigo", offence.NationalCode, path + "/nationalCode");
            _out.Text(offence.NationalWording, path + "/nationalWording");
            _out.End();
            var listed = _lists.Offences.Find(offence.NationalCode)?["iccs"];
            if (listed != offence.IccsCode)
                _notes.Altered(path + "/iccsCode", $"is {offence.IccsCode ?? "empty"}: Fortuny carries the national code only, whose ICCS code in codelists/offences.csv is {listed ?? "none"}.");
            _notes.NotCarriedIfPresent(path + "/legalProvision", offence.LegalProvision, "is not carried: Fortuny's Delito has a code and a wording only.");
            _notes.NotCarriedIfPresent(path + "/maximumPenalty", offence.MaximumPenalty, "is not carried: Fortuny's Delito has a code and a wording only.");
        }
    }

    private void Measures(IReadOnlyList<Measure> measures)
    {
        if (measures.Count == 0) _notes.NotCarried("/measures", "is empty, but Fortuny requires at least one Diligencia: the file will not read back.");
        for (var i = 0; i < measures.Count; i++)
        {
            var path = $"/measures/{i}";
            var measure = measures[i];
            _out.Start("Diligencia");
            _out.Code("tipo", MeasureCode(measure, path));
            _out.Text(measure.Description, path + "/description");
            _out.End();
            _notes.NotCarriedIfPresent(path + "/subjects", measure.Subjects, "are not carried: Fortuny's Diligencia does not say whom or what it concerns (say it in its text).");
            _notes.NotCarriedIfPresent(path + "/formalities", measure.Formalities, "are not carried: Fortuny has no formalities per measure.");
            _notes.NotCarriedIfPresent(path + "/respondBy", measure.RespondBy, "is not carried: Fortuny has one deadline per request (FechaLimite).");
        }
    }

    private string MeasureCode(Measure measure, string path)
    {
        var type = CanonicalCodes.ToCode(measure.Type);
        if (measure.NationalCode is { } written && IsCode(written) && _lists.Measures.Find(written)?["type"] == type) return written;
        var code = _lists.Measures.FindBy("type", type)?.Key ?? "OTRA";
        _notes.Altered(path + "/nationalCode", measure.NationalCode is null
            ? $"is empty: the measure is written as {code}, which reads back as its national code."
            : $"'{measure.NationalCode}' is not a Fortuny code for {type}: written as {code}.");
        return code;
    }

    /// <summary>A code is written as it is only when it has no white space the reader would trim or the list would ignore.</summary>
    private static bool IsCode(string written) => written.Length > 0 && !written.Any(char.IsWhiteSpace);

    private void Attachments(IReadOnlyList<Attachment> attachments)
    {
        for (var i = 0; i < attachments.Count; i++)
        {
            var path = $"/attachments/{i}";
            _out.Start("Anexo");
            _out.Attribute("nombre", attachments[i].FileName, path + "/fileName");
            _out.Attribute("tipo", attachments[i].MediaType, path + "/mediaType");
            _out.Attribute("sha256", attachments[i].Sha256, path + "/sha256");
            _out.Code("bytes", attachments[i].Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _out.End();
        }
    }

    private void KindAndLanguage(CooperationRequest request)
    {
        if (request.Kind != RequestKind.MutualLegalAssistance)
            _notes.Altered("/kind", $"is {CanonicalCodes.ToCode(request.Kind)}: Fortuny carries no kind of request, so it reads back as mutual-legal-assistance.");
        if (request.Language != "es")
            _notes.Altered("/language", $"is {request.Language}: the text is written as it is, but a Fortuny export reads back as Spanish (es).");
    }
}

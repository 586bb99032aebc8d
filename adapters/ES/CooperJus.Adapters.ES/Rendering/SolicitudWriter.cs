using CooperJus.Adapters.ES.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>One canonical request → one <c>Solicitud</c>, its elements in the order of the format.</summary>
internal sealed class SolicitudWriter
{
    private readonly XmlRenderOutput _out;
    private readonly SpainCodeLists _lists;
    private readonly RenderScope _scope;

    public SolicitudWriter(XmlRenderOutput output, SpainCodeLists lists, RenderScope scope)
    {
        _out = output;
        _lists = lists;
        _scope = scope;
    }

    public void Write(CooperationRequest request)
    {
        var refs = new RenderRefs(request);
        _out.Start("Solicitud");
        var reference = Reference(request);
        _out.Attribute("referencia", reference, "/issuingAuthority/requestReference");
        // @idPasarela only when @referencia does not give the id: an export of Fortuny's own requests stays as it was.
        if (!RequestIds.IsDerivedFrom(request.RequestId, AuthorityMapper.IssuingCountry, AuthorityMapper.NationalSystem, reference))
            _out.Code(FortunySchema.GatewayIdAttribute, request.RequestId);
        Procedure(request);
        Issuer(request);
        _out.Element("FechaFirma", request.IssuedOn is { } issuedOn ? Dates.FormatDayFirst(issuedOn) : null, "/issuedOn");
        RequestedState(request.RequestedAuthority);
        LegalBasis(request.LegalBasis);
        Channel(request.Channel);
        Handling(request);
        var conditions = new ConditionsWriter(_out, _scope);
        conditions.DataProtection(request.DataProtection);
        conditions.ExecutionConditions(request.ExecutionConditions);
        Offences(request.Offences);
        _out.Element("DobleIncriminacion", request.DualCriminality?.Statement, "/dualCriminality/statement");
        _out.CData("Hechos", request.Facts.Summary, "/facts/summary");
        _scope.NotCarriedIfPresent("/facts/period", "Fortuny has no period of the facts (say it in Hechos).");
        _scope.NotCarriedIfPresent("/facts/place", "Fortuny has no place of the facts (say it in Hechos).");
        new PartyWriter(_out, _lists, _scope, refs).Write(request);
        new MeasureWriter(_out, _lists, _scope, refs).Write(request.Measures);
        new AssetWriter(_out, _scope, refs).Write(request.Assets);
        Attachments(request.Attachments);
        _out.End();
        KindAndLanguage(request);
    }

    private string Reference(CooperationRequest request)
    {
        var reference = request.IssuingAuthority.RequestReference;
        if (reference is null)
        {
            _scope.Altered("/issuingAuthority/requestReference", "Fortuny requires a referencia: the request id is written as Solicitud/@referencia, and reads back as the request reference.");
            reference = request.RequestId;
        }
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
            else _scope.Altered("/issuingAuthority/caseReference", $"it is written as Procedimiento/@numero after @clase {procedureClass}, so it reads back as \"{prefix}{caseReference}\".");
        }
        _out.Start("Procedimiento");
        if (procedureClass is not null) _out.Code("clase", procedureClass);
        _out.Attribute("numero", number, "/issuingAuthority/caseReference");
        _out.Attribute("organo", proceedings?.Court, "/proceedings/court");
        _out.End();
        if (proceedings is { NationalType: null, Court: null } && procedureClass is null)
            _scope.Altered("/proceedings", "it has neither a national type nor a court: a Procedimiento with a number only reads back as no proceedings.");
        _scope.NotCarriedIfPresent("/proceedings/courtCaseNumber", "Fortuny has no court case number.");
        _scope.NotCarriedIfPresent("/proceedings/relatedRequests", "Fortuny does not link earlier requests.");
    }

    private string? ProcedureClass(Proceedings proceedings)
    {
        var type = CanonicalCodes.ToCode(proceedings.Type);
        if (proceedings.NationalType is { } written && IsCode(written) && _lists.Proceedings.Find(written)?["type"] == type) return written;
        // No class reads back as criminal-investigation proceedings without a national type: write none then.
        if (proceedings.NationalType is null && proceedings.Type == ProceedingsType.CriminalInvestigation) return null;
        var procedureClass = _lists.Proceedings.FindBy("type", type)?.Key;
        if (procedureClass is null) _scope.NotCarried("/proceedings/type", $"no Fortuny class of proceedings (codelists/proceedings.csv) stands for {type}.");
        else if (proceedings.NationalType is not null) _scope.Altered("/proceedings/nationalType", $"it is not a Fortuny class of {type} proceedings: written as {procedureClass}.");
        else _scope.Altered("/proceedings/nationalType", $"it is empty: the {type} proceedings are written with class {procedureClass}, which reads back as their national type.");
        return procedureClass;
    }

    private void Issuer(CooperationRequest request)
    {
        var issuer = request.IssuingAuthority;
        if (issuer.Country != AuthorityMapper.IssuingCountry)
            _scope.NotCarried("/issuingAuthority/country", $"a Fortuny export comes from a Spanish authority, so it reads back as {AuthorityMapper.IssuingCountry}.");
        if (issuer.NationalSystem != AuthorityMapper.NationalSystem)
            _scope.NotCarried("/issuingAuthority/nationalSystem", $"it reads back as {AuthorityMapper.NationalSystem}.");
        if (issuer.Name is null) _scope.RequiredMissing("/issuingAuthority/name", "Fortuny requires Fiscalia: the file will not read back.");
        _out.Element("Fiscalia", issuer.Name, "/issuingAuthority/name");
        if (issuer.Officer is not null || issuer.Contact is not null)
        {
            _out.Start("Fiscal");
            _out.Attribute("email", issuer.Contact?.Email, "/issuingAuthority/contact/email");
            _out.Attribute("telefono", issuer.Contact?.Phone, "/issuingAuthority/contact/phone");
            _out.Text(issuer.Officer?.Name, "/issuingAuthority/officer/name");
            _out.End();
        }
        _scope.NotCarriedIfPresent("/issuingAuthority/unit", "Fortuny names the Fiscalía only.");
        _scope.NotCarriedIfPresent("/issuingAuthority/officer/role", "Fortuny's Fiscal has no role.");
        _scope.NotCarriedIfPresent("/validatingAuthority", "Fortuny has no validating authority.");
    }

    private void RequestedState(RequestedAuthority requested)
    {
        _out.Start("EstadoRequerido");
        _out.Attribute("iso", requested.Country, "/requestedAuthority/country");
        _out.Text(SpanishNames.Of(requested.Country), "/requestedAuthority/country");
        _out.End();
        const string why = "Fortuny names the requested State only.";
        _scope.NotCarriedIfPresent("/requestedAuthority/name", why);
        _scope.NotCarriedIfPresent("/requestedAuthority/unit", why);
        _scope.NotCarriedIfPresent("/requestedAuthority/officer", why);
        _scope.NotCarriedIfPresent("/requestedAuthority/contact", why);
    }

    private void LegalBasis(IReadOnlyList<LegalBasis> bases)
    {
        for (var i = 0; i < bases.Count; i++)
        {
            var path = $"/legalBasis/{i}";
            var entry = InstrumentEntry(bases[i]);
            if (entry is null)
            {
                var why = _lists.Instruments.FindBy("instrument", bases[i].Instrument)?["channel"] is { } channel
                    ? $"governs the {channel} channel, not the legal basis: Fortuny writes it from channel (TRATADO_MEDELLIN reads back as the channel)."
                    : "has no Fortuny Instrumento code (codelists/instruments.csv).";
                _scope.NotCarried(path, $"it {why}");
                continue;
            }
            _out.Element("Instrumento", entry.Key, path + "/instrument");
            if (!SpainCodeLists.Parties(entry).SequenceEqual(bases[i].Parties, StringComparer.Ordinal))
                _scope.Altered(path + "/parties", $"they are read back in the order {string.Join(", ", SpainCodeLists.Parties(entry))}.");
            _scope.NotCarriedIfPresent(path + "/articles", "Fortuny's Instrumento names the instrument only.");
        }
    }

    /// <remarks>An instrument the list marks as governing a channel is not a Fortuny legal basis: it reads back as the channel.</remarks>
    private CodeListEntry? InstrumentEntry(LegalBasis basis) =>
        _lists.Instruments.Entries.FirstOrDefault(e => e["instrument"] == basis.Instrument && e["channel"] is null
            && SpainCodeLists.Parties(e).Order(StringComparer.Ordinal).SequenceEqual(basis.Parties.Order(StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>
    /// The channel: <c>Instrumento</c> with the code of the instrument governing it (TRATADO_MEDELLIN for Iber@) and
    /// <c>Canal</c> with its kind.
    /// </summary>
    private void Channel(TransmissionChannel? channel)
    {
        if (channel is null) return;
        var kind = CanonicalCodes.ToCode(channel.Kind);
        if (channel.Instrument is { } instrument)
        {
            var entry = _lists.Instruments.FindBy(("instrument", instrument), ("channel", kind));
            if (entry is null) _scope.NotCarried("/channel/instrument", $"no Fortuny Instrumento code stands for an instrument governing the {kind} channel (codelists/instruments.csv).");
            else _out.Element("Instrumento", entry.Key, "/channel/instrument");
        }
        _out.Element("Canal", _lists.Channels.FindBy("kind", kind)!.Key, "/channel/kind");
    }

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
        for (var i = 0; i < urgency.Grounds.Count; i++)
            _out.Element("MotivoUrgencia", _lists.UrgencyGrounds.FindBy("ground", CanonicalCodes.ToCode(urgency.Grounds[i]))!.Key, $"/urgency/grounds/{i}");
        Deadlines(urgency.Deadlines);
        _out.Element("Reservada", request.Confidentiality.Confidential ? "true" : "false", "/confidentiality/confidential");
        _scope.NotCarriedIfPresent("/confidentiality/reason", "Fortuny's Reservada has no reason (say it in Hechos).");
    }

    /// <summary>Fortuny has one deadline, to execute the request (<c>FechaLimite</c>, with <c>@motivo</c>); other deadlines are reported.</summary>
    private void Deadlines(IReadOnlyList<Deadline> deadlines)
    {
        var written = false;
        for (var i = 0; i < deadlines.Count; i++)
        {
            var path = $"/urgency/deadlines/{i}";
            var deadline = deadlines[i];
            if (written || deadline.Kind != DeadlineKind.Execute)
            {
                _scope.NotCarried(path, $"Fortuny has one deadline per request, to execute it (FechaLimite).");
                continue;
            }
            written = true;
            _out.Start("FechaLimite");
            _out.Attribute("motivo", deadline.Reason, path + "/reason");
            _out.Text(Dates.FormatDayFirst(deadline.By), path + "/by");
            _out.End();
            if (i > 0) _scope.Altered(path, "it is written as Fortuny's one FechaLimite: it reads back as the first deadline.");
        }
    }

    private void Offences(IReadOnlyList<Offence> offences)
    {
        if (offences.Count == 0) _scope.RequiredMissing("/offences", "Fortuny requires at least one Delito: the file will not read back.");
        for (var i = 0; i < offences.Count; i++)
        {
            var path = $"/offences/{i}";
            var offence = offences[i];
            _out.Start("Delito");
            _out.Attribute("codigo", offence.NationalCode, path + "/nationalCode");
            _out.Attribute("penaMaxima", offence.MaximumPenalty, path + "/maximumPenalty");
            if (offence.MaximumCustodialMonths is { } months) WriteMonths(months, path + "/maximumCustodialMonths");
            _out.Text(offence.NationalWording, path + "/nationalWording");
            _out.End();
            var listed = _lists.Offences.Find(offence.NationalCode)?["iccs"];
            if (listed is null && offence.IccsCode is not null)
                _scope.NotCarried(path + "/iccsCode", "Fortuny carries the national code only, which codelists/offences.csv does not classify.");
            else if (listed != offence.IccsCode)
                _scope.Altered(path + "/iccsCode", $"Fortuny carries the national code only, whose ICCS code in codelists/offences.csv is {listed}.");
            _scope.NotCarriedIfPresent(path + "/legalProvision", "Fortuny's Delito has a code and a wording only.");
        }
    }

    private void WriteMonths(int months, string path)
    {
        if (months >= 0) _out.Code("mesesPrision", months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        else _scope.NotCarried(path, $"Fortuny's @mesesPrision is a whole number of months.");
    }

    /// <summary>A code is written as it is only when it has no white space the reader would trim or the list would ignore.</summary>
    internal static bool IsCode(string written) => written.Length > 0 && !written.Any(char.IsWhiteSpace);

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
            AttachmentDetails(attachments[i], path);
        }
    }

    /// <summary>Fortuny's Anexo names, types, hashes and sizes a file: what v2 says about the document is reported.</summary>
    private void AttachmentDetails(Attachment attachment, string path)
    {
        const string why = "Fortuny's Anexo has a name, media type, SHA-256 and size only.";
        _scope.NotCarriedIfPresent(path + "/documentType", why);
        _scope.NotCarriedIfPresent(path + "/language", why);
        _scope.NotCarriedIfPresent(path + "/translationOf", why);
        _scope.NotCarriedIfPresent(path + "/obtained", why);
        _scope.NotCarriedIfPresent(path + "/copyKind", why);
        _scope.NotCarriedIfPresent(path + "/sealNumber", why);
        _scope.NotCarriedIfPresent(path + "/chainOfCustody", why);
        _scope.NotCarriedIfPresent(path + "/returnBy", why);
    }

    private void KindAndLanguage(CooperationRequest request)
    {
        if (request.Kind != RequestKind.MutualLegalAssistance)
            _scope.NotCarried("/kind", "Fortuny has no kind of request, so it reads back as mutual-legal-assistance.");
        if (request.Language != "es")
            _scope.NotCarried("/language", "the text is written as it is, but a Fortuny export reads back as Spanish (es).");
    }
}

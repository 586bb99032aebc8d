using CooperJus.Adapters.PE.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>Writes the request-level columns (repeated on every row of the request), using the code lists in reverse.</summary>
internal sealed class RequestColumns
{
    private readonly SgfCodeLists _lists;

    public RequestColumns(SgfCodeLists lists) => _lists = lists;

    public RowValues Write(CooperationRequest request, RenderNotes notes)
    {
        var values = new RowValues();
        WriteAuthorities(request, values, notes);
        values[C.LegalBasis] = Join(request.LegalBasis.Select((basis, i) => LegalBasis(basis, i, notes)));
        WriteUrgency(request, values, notes);
        WriteConfidentiality(request, values, notes);
        values[C.Offences] = Join(request.Offences.Select((offence, i) => Offence(offence, i, notes)));
        values[C.Facts] = request.Facts.Summary;
        values[C.IssuedOn] = request.IssuedOn is { } issued ? Dates.FormatDayFirst(issued) : null;
        values[C.MaximumPenalties] = Join(request.Offences.Select((offence, i) => Penalty(offence, i, notes)));
        if (request.Channel is not null) notes.NoColumn("/channel", "the transmission channel");
        if (request.DataProtection is not null) notes.NoColumn("/dataProtection", "the legal basis of the data transfer");
        if (request.ExecutionConditions is not null) notes.NoColumn("/executionConditions", "conditions of execution");
        if (request.DualCriminality is not null) notes.NoColumn("/dualCriminality", "a dual-criminality statement");
        values[C.FactsPeriod] = request.Facts.Period is { } period ? Period(period, notes) : null;
        if (request.Facts.Place is not null) notes.NoColumn("/facts/place", "the place of the facts");
        if (request.Kind != RequestKind.MutualLegalAssistance) notes.NoColumn("/kind", $"the kind of request ({CanonicalCodes.ToCode(request.Kind)}): it will read back as mutual-legal-assistance");
        if (request.Language != "es") notes.NotCarried("/language", $"the SGF CSV is Spanish: the language tag '{request.Language}' of the free text is lost.");
        if (request.Proceedings is not null) notes.NoColumn("/proceedings", "the proceedings");
        for (var i = 0; i < request.Attachments.Count; i++) notes.NoColumn($"/attachments/{i}", $"attachment {request.Attachments[i].FileName}");
        return values;
    }

    private static void WriteAuthorities(CooperationRequest request, RowValues values, RenderNotes notes)
    {
        var issuing = request.IssuingAuthority;
        var number = issuing.RequestReference ?? request.RequestId;
        values[C.RequestNumber] = number;
        if (RequestIds.FromNationalReference("PE", RequestMapper.NationalSystem, number) != request.RequestId)
            notes.NotCarried("/requestId", $"the request id is not in the SGF CSV; reading the file back gives the id of SGF request {number}.");
        values[C.CaseFile] = issuing.CaseReference;
        values[C.Office] = issuing.Name;
        values[C.Prosecutor] = issuing.Officer?.Name;
        values[C.Email] = issuing.Contact?.Email;
        values[C.Phone] = issuing.Contact?.Phone;
        if (issuing.Country != "PE") notes.NotCarried("/issuingAuthority/country", $"the SGF CSV only has Peruvian issuing offices: the issuing country {issuing.Country} is lost.");
        if (issuing.NationalSystem != RequestMapper.NationalSystem) notes.NotCarried("/issuingAuthority/nationalSystem", $"the national system {issuing.NationalSystem} is lost (SGF is assumed).");
        if (issuing.Unit is not null) notes.NoColumn("/issuingAuthority/unit", "the issuing unit");
        if (issuing.Officer?.Role is not null) notes.NoColumn("/issuingAuthority/officer/role", "the officer's role");
        if (request.ValidatingAuthority is not null) notes.NoColumn("/validatingAuthority", "a validating authority");
        var requested = request.RequestedAuthority;
        values[C.RequestedCountry] = requested.Country;
        values[C.RequestedAuthority] = requested.Name;
        if (requested.Unit is not null) notes.NoColumn("/requestedAuthority/unit", "the requested unit");
        if (requested.Officer is not null) notes.NoColumn("/requestedAuthority/officer", "the requested officer");
        if (requested.Contact is not null) notes.NoColumn("/requestedAuthority/contact", "the requested authority's contact");
    }

    private string? LegalBasis(LegalBasis basis, int index, RenderNotes notes)
    {
        var path = $"/legalBasis/{index}";
        if (basis.Articles.Count > 0) notes.NoColumn(path + "/articles", "the articles of a legal basis");
        var entry = _lists.Instruments.Entries.FirstOrDefault(e =>
            SgfCodeLists.InstrumentOf(e) == basis.Instrument && SgfCodeLists.PartiesOf(e).SequenceEqual(basis.Parties));
        if (entry is null)
            notes.NotCarried(path, $"instrument {basis.Instrument} {string.Join("-", basis.Parties)} has no code in code list 'instruments'; it is left out.");
        return entry?.Key;
    }

    private void WriteUrgency(CooperationRequest request, RowValues values, RenderNotes notes)
    {
        var urgency = request.Urgency;
        values[C.Urgency] = _lists.Urgency.FindBy("level", CanonicalCodes.ToCode(urgency.Level))?.Key;
        if (values[C.Urgency] is null) notes.NotCarried("/urgency/level", "the urgency level has no code in code list 'urgency'; it is left out.");
        var execute = urgency.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Execute);
        values[C.Deadline] = execute is null ? null : Dates.FormatDayFirst(execute.By);
        for (var i = 0; i < urgency.Deadlines.Count; i++)
        {
            var deadline = urgency.Deadlines[i];
            if (!ReferenceEquals(deadline, execute)) notes.NoColumn($"/urgency/deadlines/{i}", $"a further deadline ({CanonicalCodes.ToCode(deadline.Kind)}; FECHA_LIMITE holds the first deadline to execute)");
            else if (deadline.Reason is not null) notes.NoColumn($"/urgency/deadlines/{i}/reason", "the reason of a deadline");
        }
        var grounds = new List<string>();
        for (var i = 0; i < urgency.Grounds.Count; i++)
        {
            if (_lists.UrgencyGrounds.FindBy("ground", CanonicalCodes.ToCode(urgency.Grounds[i])) is { } entry) grounds.Add(entry.Key);
            else notes.NotCarried($"/urgency/grounds/{i}", "the urgency ground has no code in code list 'urgency-grounds'; it is left out.");
        }
        values[C.UrgencyGrounds] = grounds.Count == 0 ? null : string.Join('|', grounds);
        values[C.UrgencyReason] = urgency.Reason;
    }

    private void WriteConfidentiality(CooperationRequest request, RowValues values, RenderNotes notes)
    {
        var confidentiality = request.Confidentiality;
        var flag = confidentiality.Confidential ? "true" : "false";
        values[C.Reserved] = _lists.Reserved.Entries.FirstOrDefault(e => string.Equals(e["confidential"], flag, StringComparison.OrdinalIgnoreCase))?.Key;
        if (confidentiality.Reason is not null) notes.NoColumn("/confidentiality/reason", "why the request is confidential");
    }

    private string Offence(Offence offence, int index, RenderNotes notes)
    {
        var path = $"/offences/{index}";
        var code = Clean(offence.NationalCode, ":|", path + "/nationalCode", notes);
        var entry = _lists.Offences.Find(code);
        if (offence.IccsCode is not null && offence.IccsCode != entry?["iccs"])
            notes.NotCarried(path + "/iccsCode", $"ICCS code {offence.IccsCode} is not carried: SGF writes only the national article {code}, which code list 'offences' maps to {entry?["iccs"] ?? "nothing"}.");
        if (offence.LegalProvision is not null && offence.LegalProvision != entry?["provision"])
            notes.NoColumn(path + "/legalProvision", "the legal provision");
        if (offence.MaximumCustodialMonths is not null) notes.NoColumn(path + "/maximumCustodialMonths", "the maximum custodial penalty in months (PENAS_MAXIMAS holds the penalty as written)");
        var wording = offence.NationalWording is null ? null : Clean(offence.NationalWording, "|", path + "/nationalWording", notes);
        return wording is null ? code : $"{code}:{wording}";
    }

    /// <summary>The PENAS_MAXIMAS item of an offence: its article, ':', the penalty.</summary>
    private static string? Penalty(Offence offence, int index, RenderNotes notes)
    {
        if (offence.MaximumPenalty is null) return null;
        var path = $"/offences/{index}";
        // The article as DELITOS writes it (cleaned the same way), so that reading back matches the two.
        var code = string.Concat(offence.NationalCode.Select(c => ":|".Contains(c, StringComparison.Ordinal) ? '/' : c));
        return $"{code}:{Clean(offence.MaximumPenalty, "|", path + "/maximumPenalty", notes)}";
    }

    private static string Period(DateRange period, RenderNotes notes)
    {
        if (period.End is null) notes.NotCarried("/facts/period/end", "an open-ended period is written as its first day.");
        return Dates.FormatDayFirstRange(period);
    }

    /// <summary>Replaces the characters that separate SGF list items, so an item cannot split in two when read back.</summary>
    private static string Clean(string value, string separators, string path, RenderNotes notes)
    {
        if (value.IndexOfAny(separators.ToCharArray()) < 0) return value;
        notes.NotCarried(path, $"'{value}' holds a list separator ({separators}) of the SGF CSV; it is written with '/' instead.");
        return string.Concat(value.Select(c => separators.Contains(c, StringComparison.Ordinal) ? '/' : c));
    }

    private static string? Join(IEnumerable<string?> items) =>
        string.Join('|', items.OfType<string>()) is { Length: > 0 } joined ? joined : null;
}

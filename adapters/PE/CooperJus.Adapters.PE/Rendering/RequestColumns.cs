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
        values[C.Deadline] = urgency.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Execute) is { } deadline ? Dates.FormatDayFirst(deadline.By) : null;
        if (urgency.Reason is not null) notes.NoColumn("/urgency/reason", "the reason for urgency");
    }

    private void WriteConfidentiality(CooperationRequest request, RowValues values, RenderNotes notes)
    {
        var confidentiality = request.Confidentiality;
        var flag = confidentiality.Confidential ? "true" : "false";
        values[C.Reserved] = _lists.Reserved.Entries.FirstOrDefault(e => string.Equals(e["confidential"], flag, StringComparison.OrdinalIgnoreCase))?.Key;
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
        if (offence.MaximumPenalty is not null) notes.NoColumn(path + "/maximumPenalty", "the maximum penalty");
        var wording = offence.NationalWording is null ? null : Clean(offence.NationalWording, "|", path + "/nationalWording", notes);
        return wording is null ? code : $"{code}:{wording}";
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

using CooperJus.Adapters.PE.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>Writes the request-level columns (repeated on every row of the request), using the code lists in reverse.</summary>
internal sealed class RequestColumns
{
    private readonly SgfCodeLists _lists;

    public RequestColumns(SgfCodeLists lists) => _lists = lists;

    /// <summary>True when reading NRO_SOLICITUD would not give the request's id, so ID_PASARELA must carry it.</summary>
    public static bool NeedsGatewayId(CooperationRequest request) =>
        !RequestIds.IsDerivedFrom(request.RequestId, "PE", RequestMapper.NationalSystem, Number(request));

    private static string Number(CooperationRequest request) => request.IssuingAuthority.RequestReference ?? request.RequestId;

    public RowValues Write(CooperationRequest request, RenderScope scope)
    {
        var values = new RowValues();
        WriteAuthorities(request, values, scope);
        values[C.LegalBasis] = Join(request.LegalBasis.Select((basis, i) => LegalBasis(basis, i, scope)));
        WriteUrgency(request, values, scope);
        values[C.Reserved] = _lists.Reserved.Entries.FirstOrDefault(e => string.Equals(e["confidential"], request.Confidentiality.Confidential ? "true" : "false", StringComparison.OrdinalIgnoreCase))?.Key;
        values[C.Offences] = Join(request.Offences.Select((offence, i) => Offence(offence, i, scope)));
        values[C.Facts] = request.Facts.Summary;
        values[C.IssuedOn] = request.IssuedOn is { } issued ? Dates.FormatDayFirst(issued) : null;
        values[C.MaximumPenalties] = Join(request.Offences.Select((offence, i) => Penalty(offence, i, scope)));
        values[C.FactsPeriod] = request.Facts.Period is { } period ? Period(period, scope) : null;
        // SGF has no creation time: reading takes the time of reading, which is what createdAt means for a request SGF
        // issued. Any other system's creation time is lost, so it is reported, once per request.
        if (request.IssuingAuthority.NationalSystem != RequestMapper.NationalSystem)
            scope.Altered("/createdAt", "the SGF CSV has no creation time: reading takes the time of reading, so it reads back as a later time.");
        if (request.Kind != RequestKind.MutualLegalAssistance) scope.NotCarried("/kind", "the SGF CSV has no kind of request; it reads back as mutual-legal-assistance.");
        if (request.Language != "es") scope.NotCarried("/language", "the SGF CSV is Spanish: the free text is written as it is, but it reads back as es.");
        // One warning per document rather than one per field of it: what the clerk needs is which file is not listed.
        for (var i = 0; i < request.Attachments.Count; i++)
            scope.NotCarried($"/attachments/{i}", "the SGF CSV does not list attachments; the file travels beside the request, unlisted.");
        return values;
    }

    private static void WriteAuthorities(CooperationRequest request, RowValues values, RenderScope scope)
    {
        var issuing = request.IssuingAuthority;
        values[C.RequestNumber] = Number(request);
        if (NeedsGatewayId(request)) values[C.GatewayRequestId] = request.RequestId;
        values[C.CaseFile] = issuing.CaseReference;
        values[C.Office] = issuing.Name;
        values[C.Prosecutor] = issuing.Officer?.Name;
        values[C.Email] = issuing.Contact?.Email;
        values[C.Phone] = issuing.Contact?.Phone;
        if (issuing.Country != "PE") scope.NotCarried("/issuingAuthority/country", "the SGF CSV only has Peruvian issuing offices; it reads back as PE.");
        if (issuing.NationalSystem != RequestMapper.NationalSystem) scope.NotCarried("/issuingAuthority/nationalSystem", $"it reads back as {RequestMapper.NationalSystem}.");
        var requested = request.RequestedAuthority;
        values[C.RequestedCountry] = requested.Country;
        values[C.RequestedAuthority] = requested.Name;
    }

    private string? LegalBasis(LegalBasis basis, int index, RenderScope scope)
    {
        var entry = _lists.Instruments.Entries.FirstOrDefault(e =>
            SgfCodeLists.InstrumentOf(e) == basis.Instrument && SgfCodeLists.PartiesOf(e).SequenceEqual(basis.Parties));
        if (entry is null)
            scope.NotCarried($"/legalBasis/{index}", $"instrument {basis.Instrument} {string.Join("-", basis.Parties)} has no code in code list 'instruments'; it is left out.");
        return entry?.Key;
    }

    private void WriteUrgency(CooperationRequest request, RowValues values, RenderScope scope)
    {
        var urgency = request.Urgency;
        values[C.Urgency] = _lists.Urgency.FindBy("level", CanonicalCodes.ToCode(urgency.Level))?.Key;
        if (values[C.Urgency] is null) scope.NotCarried("/urgency/level", "the urgency level has no code in code list 'urgency'; it is left out.");
        var execute = urgency.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Execute);
        values[C.Deadline] = execute is null ? null : Dates.FormatDayFirst(execute.By);
        for (var i = 0; i < urgency.Deadlines.Count; i++)
        {
            if (!ReferenceEquals(urgency.Deadlines[i], execute))
                scope.NotCarried($"/urgency/deadlines/{i}", $"the SGF CSV has one deadline, FECHA_LIMITE, the first deadline to execute; this {CanonicalCodes.ToCode(urgency.Deadlines[i].Kind)} deadline is left out.");
        }
        var grounds = new List<string>();
        for (var i = 0; i < urgency.Grounds.Count; i++)
        {
            if (_lists.UrgencyGrounds.FindBy("ground", CanonicalCodes.ToCode(urgency.Grounds[i])) is { } entry) grounds.Add(entry.Key);
            else scope.NotCarried($"/urgency/grounds/{i}", "the urgency ground has no code in code list 'urgency-grounds'; it is left out.");
        }
        values[C.UrgencyGrounds] = grounds.Count == 0 ? null : string.Join('|', grounds);
        values[C.UrgencyReason] = urgency.Reason;
    }

    private string Offence(Offence offence, int index, RenderScope scope)
    {
        var path = $"/offences/{index}";
        var code = Clean(offence.NationalCode, ":|", path + "/nationalCode", scope);
        var entry = _lists.Offences.Find(code);
        Reread(scope, path + "/iccsCode", offence.IccsCode, entry?["iccs"], $"SGF writes only the national article {code}, and code list 'offences' classifies it");
        Reread(scope, path + "/legalProvision", offence.LegalProvision, entry?["provision"], $"SGF writes only the national article {code}, and code list 'offences' gives its provision");
        var wording = offence.NationalWording is null ? null : Clean(offence.NationalWording, "|", path + "/nationalWording", scope);
        return wording is null ? code : $"{code}:{wording}";
    }

    /// <summary>A value SGF does not write but reading derives: reported when what reading gives differs.</summary>
    private static void Reread(RenderScope scope, string path, string? value, string? reread, string why)
    {
        if (value is null || value == reread) return;
        if (reread is null) scope.NotCarried(path, $"{why} with nothing; it is left out.");
        else scope.Altered(path, $"{why}: it reads back as {reread}.");
    }

    /// <summary>The PENAS_MAXIMAS item of an offence: its article, ':', the penalty.</summary>
    private static string? Penalty(Offence offence, int index, RenderScope scope)
    {
        if (offence.MaximumPenalty is null) return null;
        var path = $"/offences/{index}";
        // The article as DELITOS writes it (cleaned the same way), so that reading back matches the two.
        var code = string.Concat(offence.NationalCode.Select(c => ":|".Contains(c, StringComparison.Ordinal) ? '/' : c));
        return $"{code}:{Clean(offence.MaximumPenalty, "|", path + "/maximumPenalty", scope)}";
    }

    private static string Period(DateRange period, RenderScope scope)
    {
        if (period.End is null) scope.Altered("/facts/period/end", "an open-ended period is written as its first day, and reads back as that day.");
        return Dates.FormatDayFirstRange(period);
    }

    /// <summary>Replaces the characters that separate SGF list items, so an item cannot split in two when read back.</summary>
    private static string Clean(string value, string separators, string path, RenderScope scope)
    {
        if (value.IndexOfAny(separators.ToCharArray()) < 0) return value;
        var cleaned = string.Concat(value.Select(c => separators.Contains(c, StringComparison.Ordinal) ? '/' : c));
        scope.Altered(path, $"it holds a list separator ({separators}) of the SGF CSV, so it is written and reads back as '{cleaned}'.");
        return cleaned;
    }

    private static string? Join(IEnumerable<string?> items) =>
        string.Join('|', items.OfType<string>()) is { Length: > 0 } joined ? joined : null;
}

using System.Globalization;
using System.Text;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CsvHelper;
using CsvHelper.Configuration;
using C = CooperJus.Adapters.PE.Responses.SgfResponseColumns;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// Writes canonical responses as an SGF response export: UTF-8 with BOM, <c>;</c>-separated, CRLF, the header, then
/// for each response one RESULTADO row per result and one ADJUNTO row per attachment (one row with only the response
/// when it has neither), the response-level columns repeated on each.
/// </summary>
internal sealed class SgfResponseRenderer
{
    private static readonly IReadOnlyDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal) { ["PEN"] = "S/" };

    private readonly SgfResponseCodeLists _lists;

    public SgfResponseRenderer(SgfResponseCodeLists lists) => _lists = lists;

    public RenderReport Render(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        var warnings = new List<Problem>();
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            NewLine = "\r\n",
            // With NewLine set, CsvHelper would quote only fields holding "\r\n" itself: a lone "\n" must be quoted too.
            ShouldQuote = args => NeedsQuotes(args.Field),
        });
        WriteRow(csv, column => column);
        for (var i = 0; i < responses.Count; i++)
        {
            var response = responses[i];
            var notes = new ResponseRenderNotes(response, i, warnings);
            var shared = ResponseValues(response, notes);
            var rows = new List<Dictionary<string, string?>>();
            for (var r = 0; r < response.Results.Count; r++) rows.Add(ResultValues(response.Results[r], $"/results/{r}", notes));
            for (var a = 0; a < response.Attachments.Count; a++) rows.Add(AttachmentValues(response.Attachments[a], $"/attachments/{a}", notes));
            if (rows.Count == 0) rows.Add(new Dictionary<string, string?>(StringComparer.Ordinal));
            foreach (var row in rows) WriteRow(csv, column => shared.GetValueOrDefault(column) ?? row.GetValueOrDefault(column));
        }
        csv.Flush();
        return new RenderReport { RequestsWritten = responses.Count, Warnings = warnings };
    }

    private Dictionary<string, string?> ResponseValues(CooperationResponse response, ResponseRenderNotes notes)
    {
        var authority = response.RespondingAuthority;
        if (authority.Country != "PE") notes.NoColumn("/respondingAuthority/country", $"a responding authority outside Peru ({authority.Country}): the export is the Ministerio Público's");
        if (response.Language != "es") notes.NoColumn("/language", $"the language '{response.Language}' (the export is in Spanish)");
        if (!LimaTime.IsExact(response.CreatedAt))
            notes.Altered("/createdAt", $"createdAt {response.CreatedAt:O} is written in Peru time (UTC-05:00) to the second, as {LimaTime.Format(response.CreatedAt)}.");
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [C.ResponseNumber] = response.ResponseId,
            [C.RequestId] = response.InResponseTo,
            [C.Status] = Codes.National(_lists.Statuses, "status", response.Status),
            [C.IssuedAt] = LimaTime.Format(response.CreatedAt),
            [C.Office] = authority.Name,
            [C.Unit] = authority.Unit,
            [C.Prosecutor] = authority.Officer?.Name,
            [C.ProsecutorRole] = authority.Officer?.Role,
            [C.Email] = authority.Contact?.Email,
            [C.Phone] = authority.Contact?.Phone,
            [C.CaseFile] = response.CaseReference,
            [C.Message] = response.Message,
            [C.UseLimitations] = Join(response.UseLimitations.Select((l, i) =>
                $"{Codes.National(_lists.UseLimitations, "kind", l.Kind)}:{Item(l.Text, $"/useLimitations/{i}/text", notes)}")),
        };
    }

    /// <summary>
    /// SGF refuses a result that waits for information without saying what (<c>response.information-needed</c>); the
    /// canonical model allows it, as some national formats have no place for it. Then the summary, which says it in
    /// words, is written as the information needed, and the warning says so.
    /// </summary>
    private static IReadOnlyList<InformationNeeded> InformationNeededAsWritten(ResponseResult result, string path, ResponseRenderNotes notes)
    {
        if (result.Status != ResponseStatus.InformationNeeded || result.InformationNeeded.Count > 0) return result.InformationNeeded;
        notes.Altered(path + "/informationNeeded", $"the result waits for information without listing it; SGF requires {C.InformationNeeded}, so the summary is written there.");
        return [new InformationNeeded { Description = result.Summary }];
    }

    private Dictionary<string, string?> ResultValues(ResponseResult result, string path, ResponseRenderNotes notes)
    {
        var forwarded = result.ForwardedTo;
        if (forwarded is not null)
        {
            if (forwarded.Unit is not null) notes.NoColumn(path + "/forwardedTo/unit", "the unit of the authority forwarded to");
            if (forwarded.Officer is not null) notes.NoColumn(path + "/forwardedTo/officer", "the officer of the authority forwarded to");
            if (forwarded.Contact is not null) notes.NoColumn(path + "/forwardedTo/contact", "the contact of the authority forwarded to");
        }
        string? substitute = null;
        if (result.SubstituteMeasure is { } measure && (substitute = Codes.National(_lists.Requests.Measures, "type", measure)) is null)
            notes.NoColumn(path + "/substituteMeasure", $"the measure '{CanonicalCodes.ToCode(measure)}' (no code in measures.csv)");
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [C.RowType] = C.ResultRow,
            [C.MeasureNumber] = result.MeasureIndex is { } index ? (index + 1L).ToString(CultureInfo.InvariantCulture) : null,
            [C.ResultStatus] = Codes.National(_lists.Statuses, "status", result.Status),
            [C.ResultDetail] = result.Summary,
            [C.RefusalGrounds] = Join(result.RefusalGrounds.Select((g, i) =>
            {
                var code = Codes.National(_lists.RefusalGrounds, "ground", g.Code);
                return g.Explanation is null ? code : $"{code}:{Item(g.Explanation, $"{path}/refusalGrounds/{i}/explanation", notes)}";
            })),
            [C.PostponedUntil] = result.PostponedUntil is { } until ? Dates.FormatDayFirst(until) : null,
            [C.Conditions] = Join(result.Conditions.Select((c, i) => Item(c, $"{path}/conditions", notes))),
            [C.InformationNeeded] = Join(InformationNeededAsWritten(result, path, notes).Select((n, i) =>
                $"{(n.By is { } by ? Dates.FormatDayFirst(by) : "")}:{Item(n.Description, $"{path}/informationNeeded/{i}/description", notes)}")),
            [C.ForwardedTo] = forwarded?.Name,
            [C.ForwardedCountry] = forwarded?.Country,
            [C.SubstituteMeasure] = substitute,
            [C.Cost] = result.Costs is { } costs ? Amounts.Format(costs.Amount, CurrencySymbols) : null,
            [C.CostExtraordinary] = result.Costs is null ? null : _lists.Requests.YesNo.FindBy("value", result.Costs.Extraordinary ? "true" : "false")?.Key,
            [C.CostConcept] = result.Costs?.Description,
            [C.ResultFiles] = Join(result.AttachmentFileNames.Select(f => Item(f, $"{path}/attachmentFileNames", notes))),
        };
    }

    private Dictionary<string, string?> AttachmentValues(Attachment attachment, string path, ResponseRenderNotes notes)
    {
        string? language = null;
        if (attachment.Language is { } tag && (language = _lists.Requests.Languages.FindBy("tag", tag)?.Key) is null)
            notes.NoColumn(path + "/language", $"the language '{tag}' (no name in languages.csv)");
        if (attachment.ChainOfCustody.Count > 0) notes.NoColumn(path + "/chainOfCustody", "the chain of custody");
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [C.RowType] = C.AttachmentRow,
            [C.FileName] = attachment.FileName,
            [C.MediaType] = attachment.MediaType,
            [C.Sha256] = attachment.Sha256,
            [C.Size] = attachment.Size.ToString(CultureInfo.InvariantCulture),
            [C.DocumentType] = attachment.DocumentType is { } type ? Codes.National(_lists.AttachmentTypes, "type", type) : null,
            [C.DocumentLanguage] = language,
            [C.TranslationOf] = attachment.TranslationOf,
            [C.ObtainedOn] = attachment.Obtained?.On is { } on ? Dates.FormatDayFirst(on) : null,
            [C.ObtainedBy] = attachment.Obtained?.By,
            [C.CopyKind] = attachment.CopyKind is { } copy ? Codes.National(_lists.CopyKinds, "copy", copy) : null,
            [C.SealNumber] = attachment.SealNumber,
            [C.ReturnBy] = attachment.ReturnBy is { } returnBy ? Dates.FormatDayFirst(returnBy) : null,
        };
    }

    /// <summary>Text as one item of a list cell: a <c>|</c> would split it, so it becomes <c>/</c>, with a warning.</summary>
    private static string Item(string text, string path, ResponseRenderNotes notes)
    {
        if (!text.Contains(ListItems.Separator, StringComparison.Ordinal)) return text;
        notes.Altered(path, $"'|' separates the items of its cell, so it is written as '/' in \"{text}\".");
        return ListItems.Escape(text);
    }

    private static string? Join(IEnumerable<string?> items)
    {
        var text = string.Join(ListItems.Separator, items);
        return text.Length == 0 ? null : text;
    }

    private static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field) && (field.AsSpan().IndexOfAny(";\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));

    private static void WriteRow(CsvWriter csv, Func<string, string?> valueOf)
    {
        foreach (var column in C.All) csv.WriteField(valueOf(column) ?? "");
        csv.NextRecord();
    }
}

using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.Responses.SgfResponseColumns;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>Turns the rows of one response into a canonical response, with lineage for every field and located problems.</summary>
internal sealed class ResponseMapper
{
    private readonly SgfResponseCodeLists _lists;
    private readonly ResultRows _results;
    private readonly AttachmentRows _attachments;

    public ResponseMapper(SgfResponseCodeLists lists)
    {
        _lists = lists;
        _results = new ResultRows(lists);
        _attachments = new AttachmentRows(lists);
    }

    public ResponseRecordResult Map(ResponseBlock block)
    {
        var scope = new RecordScope();
        foreach (var problem in block.Problems) scope.Add(problem);
        foreach (var row in block.Rows)
            foreach (var problem in row.Problems) scope.Add(problem);
        var first = block.First;
        var responseId = ResponseId(scope, first, block.Number);
        var inResponseTo = RequestId(scope, first);
        var status = Codes.Status(scope, _lists, "/status", first.At(C.Status), required: true);
        var createdAt = CreatedAt(scope, first);
        var authority = Authority(scope, first);
        var caseReference = scope.Text("/caseReference", first.At(C.CaseFile));
        var message = scope.Text("/message", first.At(C.Message));
        scope.Map("/language", "adapter-default");
        var limitations = UseLimitations(scope, first);
        var (results, attachments) = Rows(scope, block);
        ResponseChecks.Check(scope, status, first, results, attachments);
        if (responseId is null || inResponseTo is null || status is null || createdAt is null)
            return scope.ToResponseResult(block.Number, null, first.Location, block.OriginalText());
        var response = new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = inResponseTo,
            Status = status.Value,
            CreatedAt = createdAt.Value,
            RespondingAuthority = authority,
            Message = message,
            CaseReference = caseReference,
            Results = [.. results.Select(r => r.Result)],
            UseLimitations = limitations,
            Attachments = [.. attachments.Select(a => a.Attachment)],
            Language = "es",
        };
        return scope.ToResponseResult(block.Number, response, first.Location, block.OriginalText());
    }

    private (List<ReadResult> Results, List<ReadAttachment> Attachments) Rows(RecordScope scope, ResponseBlock block)
    {
        var results = new List<ReadResult>();
        var attachments = new List<ReadAttachment>();
        foreach (var row in block.Rows)
        {
            var kind = row.Trimmed(C.RowType) is { } type ? TextKeys.Normalize(type) : null;
            switch (kind)
            {
                case null:
                    foreach (var column in C.ResultLevel.Concat(C.AttachmentLevel).Where(row.Has))
                        scope.Error("csv.row-type", $"{column} is filled on a row whose {C.RowType} is empty: say {C.ResultRow} or {C.AttachmentRow}.", row.At(column));
                    break;
                case C.ResultRow:
                    Ignored(scope, row, C.AttachmentLevel, C.ResultRow);
                    if (_results.Read(scope, row, results.Count) is { } result) results.Add(result);
                    break;
                case C.AttachmentRow:
                    Ignored(scope, row, C.ResultLevel, C.AttachmentRow);
                    if (_attachments.Read(scope, row, attachments.Count) is { } attachment) attachments.Add(attachment);
                    break;
                default:
                    scope.Error("csv.row-type", $"{C.RowType} '{row.Value(C.RowType)}' is neither {C.ResultRow} nor {C.AttachmentRow}.", row.At(C.RowType));
                    break;
            }
        }
        return (results, attachments);
    }

    private static void Ignored(RecordScope scope, ResponseRow row, string[] columns, string kind)
    {
        foreach (var column in columns.Where(row.Has))
            scope.Warning("csv.ignored-value", $"{column} does not apply to a {kind} row; its value is ignored.", row.At(column));
    }

    private static string? ResponseId(RecordScope scope, ResponseRow row, string number)
    {
        var at = row.At(C.ResponseNumber);
        if (ResponseIds.Uuid(number) is { } uuid)
        {
            scope.Map("/responseId", uuid == number ? "copy" : ResponseIds.LowercaseConversion, at);
            return uuid;
        }
        scope.Map("/responseId", ResponseIds.DerivedConversion, at);
        return ResponseIds.FromNumber(number);
    }

    private static string? RequestId(RecordScope scope, ResponseRow row)
    {
        var at = row.At(C.RequestId);
        var text = row.Trimmed(C.RequestId);
        if (text is null)
        {
            scope.Error("required", $"{C.RequestId} is required: it names the request answered.", at, "/inResponseTo");
            return null;
        }
        if (ResponseIds.Uuid(text) is not { } id)
        {
            scope.Error("response.request-id", $"{C.RequestId} '{text}' is not a canonical request id (a UUID such as 5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84): the request export carries it for each request.", at, "/inResponseTo");
            return null;
        }
        scope.Map("/inResponseTo", id == text ? "copy" : ResponseIds.LowercaseConversion, at);
        return id;
    }

    private static DateTimeOffset? CreatedAt(RecordScope scope, ResponseRow row)
    {
        var at = row.At(C.IssuedAt);
        var text = row.Trimmed(C.IssuedAt);
        if (text is null)
        {
            scope.Error("required", $"{C.IssuedAt} is required and is empty.", at, "/createdAt");
            return null;
        }
        if (!LimaTime.TryParse(text, out var instant))
        {
            scope.Error("date.invalid", $"'{text}' is not a date and time dd/MM/yyyy HH:mm[:ss] (Peru time).", at, "/createdAt");
            return null;
        }
        scope.Map("/createdAt", LimaTime.Conversion, at);
        return instant;
    }

    private static Authority Authority(RecordScope scope, ResponseRow row)
    {
        scope.Map("/respondingAuthority/country", "adapter-default");
        var name = scope.Text("/respondingAuthority/name", row.At(C.Office));
        var unit = scope.Text("/respondingAuthority/unit", row.At(C.Unit));
        var officerName = scope.Text("/respondingAuthority/officer/name", row.At(C.Prosecutor));
        var role = scope.Text("/respondingAuthority/officer/role", row.At(C.ProsecutorRole));
        if (officerName is null && role is not null)
            scope.Error("required", $"{C.Prosecutor} is required when {C.ProsecutorRole} is given.", row.At(C.Prosecutor), "/respondingAuthority/officer/name");
        var email = scope.Text("/respondingAuthority/contact/email", row.At(C.Email));
        var phone = scope.Text("/respondingAuthority/contact/phone", row.At(C.Phone));
        return new Authority
        {
            Country = "PE",
            Name = name,
            Unit = unit,
            Officer = officerName is null ? null : new Officer { Name = officerName, Role = role },
            Contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone },
        };
    }

    private List<UseLimitation> UseLimitations(RecordScope scope, ResponseRow row)
    {
        var at = row.At(C.UseLimitations);
        var limitations = new List<UseLimitation>();
        foreach (var item in ListItems.Split(at.Value))
        {
            var path = $"/useLimitations/{limitations.Count}";
            var (code, text) = ListItems.Pair(item);
            var kind = Codes.Find<UseLimitationKind>(scope, _lists.UseLimitations, "kind", code, at, path + "/kind");
            if (text is null) scope.Error("required", $"{C.UseLimitations} item '{item}' has no text: write CODE:text.", at, path + "/text");
            if (kind is null || text is null) continue;
            scope.Map(path + "/text", ListItems.Conversion, at);
            limitations.Add(new UseLimitation { Kind = kind.Value, Text = text });
        }
        return limitations;
    }
}

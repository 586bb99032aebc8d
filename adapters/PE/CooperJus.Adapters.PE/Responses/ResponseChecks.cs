using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.Responses.SgfResponseColumns;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// Rules across the rows of one response that no single cell shows: a refusal gives its grounds, a request for
/// information says what is needed, and every file a result or translation names is an ADJUNTO row of the response.
/// </summary>
internal static class ResponseChecks
{
    public static void Check(RecordScope scope, ResponseStatus? status, ResponseRow first, IReadOnlyList<ReadResult> results, IReadOnlyList<ReadAttachment> attachments)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var (result, row) = results[i];
            if (result.Status == ResponseStatus.Refused && result.RefusalGrounds.Count == 0)
                scope.Error("response.refusal-grounds", $"A refused result gives its grounds in {C.RefusalGrounds} (UNCAC art. 46(23): reasons are given).", row.At(C.RefusalGrounds), $"/results/{i}/refusalGrounds");
            if (result.Status == ResponseStatus.InformationNeeded && result.InformationNeeded.Count == 0)
                scope.Error("response.information-needed", $"A result that waits for information says what in {C.InformationNeeded}.", row.At(C.InformationNeeded), $"/results/{i}/informationNeeded");
        }
        if (status == ResponseStatus.Refused && !results.Any(r => r.Result.RefusalGrounds.Count > 0))
            scope.Error("response.refusal-grounds", $"The response refuses the request but no {C.ResultRow} row gives the grounds in {C.RefusalGrounds}.", first.At(C.Status), "/results");
        if (status == ResponseStatus.InformationNeeded && !results.Any(r => r.Result.InformationNeeded.Count > 0))
            scope.Error("response.information-needed", $"The response waits for information but no {C.ResultRow} row says what in {C.InformationNeeded}.", first.At(C.Status), "/results");
        CheckLinks(scope, results, attachments);
    }

    private static void CheckLinks(RecordScope scope, IReadOnlyList<ReadResult> results, IReadOnlyList<ReadAttachment> attachments)
    {
        var files = attachments.Select(a => a.Attachment.FileName).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var (result, row) = results[i];
            foreach (var name in result.AttachmentFileNames.Where(n => !files.Contains(n)))
                scope.Error("response.attachment-link", $"{C.ResultFiles} names '{name}', which is no {C.AttachmentRow} row of this response.", row.At(C.ResultFiles), $"/results/{i}/attachmentFileNames");
        }
        for (var i = 0; i < attachments.Count; i++)
        {
            var (attachment, row) = attachments[i];
            if (attachment.TranslationOf is { } original && !files.Contains(original))
                scope.Error("response.attachment-link", $"{C.TranslationOf} names '{original}', which is no {C.AttachmentRow} row of this response.", row.At(C.TranslationOf), $"/attachments/{i}/translationOf");
        }
    }
}

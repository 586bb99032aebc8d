using System.Globalization;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.Responses.SgfResponseColumns;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>An <c>ADJUNTO</c> row: a document that travels beside the response, described.</summary>
internal sealed class AttachmentRows
{
    /// <summary>Lineage conversion of a SHA-256 written in capitals and carried in lowercase.</summary>
    public const string HashConversion = "hex-lowercase";

    private readonly SgfResponseCodeLists _lists;

    public AttachmentRows(SgfResponseCodeLists lists) => _lists = lists;

    public ReadAttachment? Read(RecordScope scope, ResponseRow row, int index)
    {
        var path = $"/attachments/{index}";
        var fileName = scope.RequiredText(path + "/fileName", row.At(C.FileName));
        var mediaType = scope.RequiredText(path + "/mediaType", row.At(C.MediaType));
        var sha256 = Hash(scope, row.At(C.Sha256), path + "/sha256");
        var size = Size(scope, row.At(C.Size), path + "/size");
        var type = Codes.Cell<AttachmentType>(scope, _lists.AttachmentTypes, "type", row.At(C.DocumentType), path + "/documentType");
        var language = row.Has(C.DocumentLanguage) ? scope.Lookup(path + "/language", row.At(C.DocumentLanguage), _lists.Requests.Languages)?["tag"] : null;
        var translationOf = scope.Text(path + "/translationOf", row.At(C.TranslationOf));
        var obtainedOn = scope.DayFirstDate(path + "/obtained/on", row.At(C.ObtainedOn));
        var obtainedBy = scope.Text(path + "/obtained/by", row.At(C.ObtainedBy));
        var copy = Codes.Cell<CopyKind>(scope, _lists.CopyKinds, "copy", row.At(C.CopyKind), path + "/copyKind");
        var seal = scope.Text(path + "/sealNumber", row.At(C.SealNumber));
        var returnBy = scope.DayFirstDate(path + "/returnBy", row.At(C.ReturnBy));
        if (fileName is null || mediaType is null || sha256 is null || size is null) return null;
        return new ReadAttachment(new Attachment
        {
            FileName = fileName,
            MediaType = mediaType,
            Sha256 = sha256,
            Size = size.Value,
            DocumentType = type,
            Language = language,
            TranslationOf = translationOf,
            Obtained = obtainedOn is null && obtainedBy is null ? null : new Obtained { On = obtainedOn, By = obtainedBy },
            CopyKind = copy,
            SealNumber = seal,
            ReturnBy = returnBy,
        }, row);
    }

    private static string? Hash(RecordScope scope, SourceLocation at, string path)
    {
        var text = at.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            scope.Error("required", $"{at.Field} is required and is empty.", at, path);
            return null;
        }
        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            scope.Error("response.attachment-hash", $"{at.Field} '{text}' is not a SHA-256: 64 hexadecimal digits.", at, path);
            return null;
        }
        var hash = text.ToLowerInvariant();
        scope.Map(path, hash == text ? "copy" : HashConversion, at);
        return hash;
    }

    private static long? Size(RecordScope scope, SourceLocation at, string path)
    {
        var text = at.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            scope.Error("required", $"{at.Field} is required and is empty.", at, path);
            return null;
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            scope.Error("response.attachment-size", $"{at.Field} '{text}' is not a size in bytes: a whole number, digits only.", at, path);
            return null;
        }
        scope.Map(path, "copy", at);
        return size;
    }
}

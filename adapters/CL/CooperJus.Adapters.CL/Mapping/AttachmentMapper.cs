using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// <c>Anexo</c> (<c>@nombre</c>, <c>@tipo</c> media type, <c>@sha256</c>, <c>@bytes</c>) → an attachment. All four are
/// required: a partner cannot check a document it cannot name, type, hash and size.
/// </summary>
internal sealed partial class AttachmentMapper(RecordScope scope)
{
    private readonly RecordScope _scope = scope;

    public List<Attachment> MapAll(IEnumerable<XmlSourceElement> annexes)
    {
        var attachments = new List<Attachment>();
        foreach (var element in annexes)
            if (Map(element, $"/attachments/{attachments.Count}") is { } attachment) attachments.Add(attachment);
        return attachments;
    }

    private Attachment? Map(XmlSourceElement element, string path)
    {
        var fileName = Checked(element.Attribute("nombre"), path + "/fileName", FileNamePattern(), "attachment.invalid-file-name", "a file name without folders");
        var mediaType = Checked(element.Attribute("tipo"), path + "/mediaType", MediaTypePattern(), "attachment.invalid-media-type", "a media type such as application/pdf");
        var sha256 = Sha256(element.Attribute("sha256"), path + "/sha256");
        var size = Size(element.Attribute("bytes"), path + "/size");
        if (fileName is null || mediaType is null || sha256 is null || size is null) return null;
        return new Attachment { FileName = fileName, MediaType = mediaType, Sha256 = sha256, Size = size.Value };
    }

    private string? Checked(SourceLocation at, string path, Regex pattern, string rule, string expected)
    {
        var text = _scope.RequiredText(path, at);
        if (text is null || pattern.IsMatch(text)) return text;
        _scope.Error(rule, $"{at.Field} is '{at.Value}': expected {expected}.", at, path);
        return null;
    }

    private string? Sha256(SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text)
        {
            _scope.Error("required", $"{at.Field} is required and is empty.", at, path);
            return null;
        }
        if (Sha256Pattern().IsMatch(text))
        {
            _scope.Map(path, Conversions.LowercaseHex, at);
            return text.ToLowerInvariant();
        }
        _scope.Error("attachment.invalid-sha256", $"{at.Field} is '{at.Value}': expected the SHA-256 of the file as 64 hexadecimal digits.", at, path);
        return null;
    }

    private long? Size(SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text)
        {
            _scope.Error("required", $"{at.Field} is required and is empty.", at, path);
            return null;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            _scope.Map(path, Conversions.Integer, at);
            return size;
        }
        _scope.Error("attachment.invalid-size", $"{at.Field} is '{at.Value}': expected the size of the file in bytes, a whole number.", at, path);
        return null;
    }

    /// <summary>True when <paramref name="attachment"/> can be written as an <c>Anexo</c> that reads back without error.</summary>
    public static bool IsWritable(Attachment attachment) =>
        FileNamePattern().IsMatch(attachment.FileName) && MediaTypePattern().IsMatch(attachment.MediaType) && Sha256Pattern().IsMatch(attachment.Sha256) && attachment.Size >= 0;

    [GeneratedRegex(@"^[^/\\]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*( *; *[A-Za-z0-9!#$&^_.+-]+=[^;]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypePattern();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}

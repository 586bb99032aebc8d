using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>
/// The four things an export says of a document sent with a request or response: its file name, media type, SHA-256
/// and size. All four are required, because a partner cannot check a document it cannot name, type, hash and size;
/// each bad one is a located error of its own (<c>required</c>, <c>attachment.invalid-file-name</c>,
/// <c>attachment.invalid-media-type</c>, <c>attachment.invalid-sha256</c>, <c>attachment.invalid-size</c>).
/// </summary>
public static partial class AttachmentChecks
{
    /// <summary>Conversion name recorded in lineage for the SHA-256, carried in lower-case hexadecimal.</summary>
    public const string Sha256Conversion = "hex-lowercase";

    /// <summary>Conversion name recorded in lineage for the size, a non-negative whole number of bytes.</summary>
    public const string SizeConversion = "integer";

    /// <summary>
    /// Reads the four fields of one attachment at <paramref name="path"/> (<c>/attachments/0</c>) with their lineage,
    /// or gives null after recording an error for each one that is missing or wrong.
    /// </summary>
    public static Attachment? Read(RecordScope scope, string path, SourceLocation fileName, SourceLocation mediaType, SourceLocation sha256, SourceLocation size)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var name = Checked(scope, fileName, path + "/fileName", FileNamePattern(), "attachment.invalid-file-name", "a file name without folders");
        var type = Checked(scope, mediaType, path + "/mediaType", MediaTypePattern(), "attachment.invalid-media-type", "a media type such as application/pdf");
        var hash = Sha256(scope, sha256, path + "/sha256");
        var bytes = Size(scope, size, path + "/size");
        if (name is null || type is null || hash is null || bytes is null) return null;
        return new Attachment { FileName = name, MediaType = type, Sha256 = hash, Size = bytes.Value };
    }

    /// <summary>True when <paramref name="attachment"/> can be written in a form that <see cref="Read"/> reads back without error.</summary>
    public static bool IsWritable(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return FileNamePattern().IsMatch(attachment.FileName) && MediaTypePattern().IsMatch(attachment.MediaType) && Sha256Pattern().IsMatch(attachment.Sha256) && attachment.Size >= 0;
    }

    private static string? Checked(RecordScope scope, SourceLocation at, string path, Regex pattern, string rule, string expected)
    {
        var text = scope.RequiredText(path, at);
        if (text is null || pattern.IsMatch(text)) return text;
        scope.Error(rule, $"{at.Field} is '{at.Value}': expected {expected}.", at, path);
        return null;
    }

    private static string? Sha256(RecordScope scope, SourceLocation at, string path)
    {
        if (Required(scope, at, path) is not { } text) return null;
        if (Sha256Pattern().IsMatch(text))
        {
            scope.Map(path, Sha256Conversion, at);
            return text.ToLowerInvariant();
        }
        scope.Error("attachment.invalid-sha256", $"{at.Field} is '{at.Value}': expected the SHA-256 of the file as 64 hexadecimal digits.", at, path);
        return null;
    }

    private static long? Size(RecordScope scope, SourceLocation at, string path)
    {
        if (Required(scope, at, path) is not { } text) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            scope.Map(path, SizeConversion, at);
            return size;
        }
        scope.Error("attachment.invalid-size", $"{at.Field} is '{at.Value}': expected the size of the file in bytes, a whole number.", at, path);
        return null;
    }

    private static string? Required(RecordScope scope, SourceLocation at, string path)
    {
        if (!string.IsNullOrWhiteSpace(at.Value)) return at.Value.Trim();
        scope.Error("required", $"{at.Field} is required and is empty.", at, path);
        return null;
    }

    [GeneratedRegex(@"^[^/\\]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*( *; *[A-Za-z0-9!#$&^_.+-]+=[^;]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypePattern();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}

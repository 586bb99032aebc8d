using System.Text;

namespace CooperJus.Gateway.Core.Intake;

/// <summary>
/// Which names in the intake folder are files to process. One definition, used by the folder scan (which leaves the
/// other names alone) and by the HTTP intake (which refuses them), so the API never accepts a file under a name the
/// scan would skip for ever or sweep away.
/// </summary>
/// <remarks>
/// A name need not match the national adapter's file patterns (<c>solicitudes_*.csv</c>): the scan hands every file it
/// takes to the adapter, which reads it by its content (a <c>*.response.json</c>, or a name matching the adapter's
/// response patterns such as <c>fortuny-respuesta_*.xml</c>, goes to the response path), and
/// files dropped into the folder are not filtered by name either. The patterns name what the gateway writes and what
/// <c>translate</c> picks from a folder; refusing other names here would turn away exports the folder takes.
/// </remarks>
public static class IntakeNames
{
    /// <summary>Suffix of the empty marker that says <c>&lt;name&gt;</c> is complete.</summary>
    public const string DoneSuffix = ".done";

    /// <summary>Prefix of the hidden files the HTTP intake writes a body into before it is published under its name.</summary>
    public const string UploadPrefix = ".upload-";

    /// <summary>
    /// Whether the scan leaves a file of this name alone: hidden names (the gateway's own temporary uploads and
    /// <c>.claimed</c> among them), completion markers, and the temporary names copying tools write before a rename.
    /// </summary>
    public static bool IsIgnored(string name) => IgnoredBecause(name) is not null;

    /// <summary>
    /// Why no file may be put into the intake folder under <paramref name="name"/> (the scan would never process it,
    /// or it is one of the folder's own sub-folders), or null when it may.
    /// </summary>
    public static string? Refusal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IgnoredBecause(name) is { } ignored) return $"'{name}' is {ignored}: the intake never processes a file of that name.";
        return IsSubFolder(name) ? $"'{name}' is the name of one of the intake's sub-folders (processed, failed, rejected, .claimed)." : null;
    }

    /// <summary>
    /// A file name that stays inside the intake folder whatever a client sent: folders stripped, only letters, digits,
    /// <c>.</c>, <c>-</c> and <c>_</c> kept (others become <c>_</c>), at most 120 characters, <c>upload</c> when
    /// nothing is left. A leading dot is kept, so <see cref="Refusal"/> can refuse the hidden name rather than accept
    /// a file under a name the client did not ask for.
    /// </summary>
    public static string SafeFileName(string requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var name = requested.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder(name.Length);
        foreach (var c in name) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        var result = safe.ToString();
        return result.Length == 0 ? "upload" : result.Length > 120 ? result[..120] : result;
    }

    private static string? IgnoredBecause(string name) =>
        name.StartsWith('.') ? "hidden (it starts with '.')"
        : name.EndsWith(DoneSuffix, StringComparison.Ordinal) ? $"a completion marker (it ends with '{DoneSuffix}')"
        : name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith('~')
            ? "a temporary name (it ends with .tmp, .part or ~)"
        : null;

    // Case-insensitive: on a case-insensitive file system "Processed" is the folder too.
    private static bool IsSubFolder(string name) =>
        name.Equals(IntakeFolder.ProcessedFolder, StringComparison.OrdinalIgnoreCase) ||
        name.Equals(IntakeFolder.FailedFolder, StringComparison.OrdinalIgnoreCase) ||
        name.Equals(IntakeFolder.RejectedFolder, StringComparison.OrdinalIgnoreCase) ||
        name.Equals(IntakeFolder.ClaimedFolder, StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;

namespace CooperJus.Gateway.Core.Intake;

/// <summary>
/// The watched intake folder. A scan claims every complete file by an atomic rename into <c>.claimed/</c> (so neither
/// another scan nor another gateway process takes it twice); after handling, the file moves to <c>processed/</c> or
/// <c>failed/</c> with a readable report beside it. No file handed in is ever deleted (only empty markers and the
/// temporary files of uploads that never completed). Files still in <c>.claimed/</c> after a crash are handed to the
/// handler again on the next start, which is why handlers must be idempotent. Which names are files at all is
/// <see cref="IntakeNames.IsIgnored"/>'s one definition, shared with the HTTP intake.
/// </summary>
/// <remarks>
/// A file is complete when it has a <c>&lt;name&gt;.done</c> marker, or (unless markers are required) when its size
/// and time stamp have not changed for <see cref="IntakeOptions.StableFor"/>: national systems that copy large
/// exports over a network share write for a while, and a half-written file must never be read.
/// </remarks>
public sealed class IntakeFolder
{
    /// <summary>Sub-folder of files being handled.</summary>
    public const string ClaimedFolder = ".claimed";

    /// <summary>Sub-folder of handled files.</summary>
    public const string ProcessedFolder = "processed";

    /// <summary>Sub-folder of files that could not be handled, each with a report.</summary>
    public const string FailedFolder = "failed";

    /// <summary>
    /// Sub-folder of copies of processed files some of whose records were rejected, each with a report naming the
    /// records to fix; the operator corrects a copy of it (or re-exports) and drops that into the intake folder. Only the
    /// gateway writes here (the service's umask leaves the national system's group read-only), so its administrator
    /// removes a copy once it is resubmitted.
    /// </summary>
    public const string RejectedFolder = "rejected";

    /// <summary>How long an upload's temporary file may go unwritten before it counts as abandoned by a crash.</summary>
    public static readonly TimeSpan AbandonedUploadAge = TimeSpan.FromMinutes(15);

    private const string DoneSuffix = IntakeNames.DoneSuffix;
    private readonly IntakeOptions _options;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, Observation> _observations = new(StringComparer.Ordinal);

    /// <summary>Creates the folder and its sub-folders if needed.</summary>
    public IntakeFolder(IntakeOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _clock = clock;
        Root = Directory.CreateDirectory(options.Path).FullName;
        foreach (var folder in new[] { ClaimedFolder, ProcessedFolder, FailedFolder, RejectedFolder }) Directory.CreateDirectory(Path.Combine(Root, folder));
    }

    /// <summary>The full path of the watched folder.</summary>
    public string Root { get; }

    /// <summary>Files claimed by an earlier run that never finished (a crash): handle them before new ones.</summary>
    public IReadOnlyList<ClaimedFile> PendingClaims() =>
        Directory.EnumerateFiles(Path.Combine(Root, ClaimedFolder))
            .Order(StringComparer.Ordinal)
            .Select(path => new ClaimedFile(OriginalNameOf(path), path, new FileInfo(path).Length))
            .ToList();

    /// <summary>Claims every complete file dropped since the last scan.</summary>
    public IReadOnlyList<ClaimedFile> ClaimReady()
    {
        var claimed = new List<ClaimedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Root).Select(p => new FileInfo(p)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (IntakeNames.IsIgnored(file.Name)) continue;
            seen.Add(file.Name);
            try
            {
                if (Consider(file) is { } claim) claimed.Add(claim);
            }
            catch (FileNotFoundException)
            {
                // Another scanner (or process) claimed it between the listing and now: it is theirs.
            }
        }
        foreach (var gone in _observations.Keys.Where(k => !seen.Contains(k)).ToList()) _observations.Remove(gone);
        RemoveOrphanMarkers();
        RemoveAbandonedUploads();
        return claimed;
    }

    private ClaimedFile? Consider(FileInfo file)
    {
        if (file.LinkTarget is not null)
        {
            Refuse(file, "symbolic links are not accepted in the intake folder: copy the file itself.");
            return null;
        }
        return IsComplete(file) ? TryClaim(file) : null;
    }

    /// <summary>
    /// Hands <paramref name="file"/> to <paramref name="handler"/> and files it under processed/ or failed/; when a
    /// processed file had rejected records, a copy with their report goes to rejected/ first.
    /// </summary>
    public async Task<IntakeVerdict> ProcessAsync(ClaimedFile file, IIntakeHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(handler);
        IntakeVerdict verdict;
        try
        {
            verdict = await handler.HandleAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The file must land somewhere a person looks, whatever went wrong; the cause goes in its report.
            verdict = new IntakeVerdict(false, $"{file.OriginalName} could not be processed: {e.GetType().Name}: {e.Message}");
        }
        // The copy first: a crash before the move hands the file to the handler again, which finds it recorded and asks
        // for the same copy (see OutboundSubmitter), so a rejected record is never left only inside processed/.
        if (verdict.Succeeded && verdict.RejectedReport is { } rejected) CopyForFix(file.ClaimedPath, rejected);
        MoveAfterHandling(file.ClaimedPath, verdict.Succeeded ? ProcessedFolder : FailedFolder, verdict.Report);
        return verdict;
    }

    /// <summary>
    /// A marker whose file is gone was left by a crash between claiming the file and deleting its marker (a system
    /// writes the file before its marker, so nothing else leaves one). Kept, it would let the next file dropped under
    /// that name be taken at once, perhaps half-written.
    /// </summary>
    private void RemoveOrphanMarkers()
    {
        foreach (var marker in Directory.EnumerateFiles(Root, "*" + DoneSuffix))
            if (!File.Exists(marker[..^DoneSuffix.Length])) File.Delete(marker);
    }

    /// <summary>
    /// An upload's temporary file whose upload ended without removing it (the process was killed mid-body) is removed
    /// once it has not been written for <see cref="AbandonedUploadAge"/>. Its body never got a 202, so nobody is owed
    /// it, and the national system that sent it saw the upload fail. The age, rather than "all of them at start",
    /// leaves alone the uploads another gateway process sharing this folder has under way: a live upload writes its
    /// file at least every few seconds, since Kestrel drops a client whose body trickles slower than its minimum rate.
    /// </summary>
    private void RemoveAbandonedUploads()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var upload in new DirectoryInfo(Root).EnumerateFiles(IntakeNames.UploadPrefix + "*"))
            if (now - upload.LastWriteTimeUtc > AbandonedUploadAge) upload.Delete();
    }

    private bool IsComplete(FileInfo file)
    {
        if (File.Exists(file.FullName + DoneSuffix)) return true;
        if (_options.RequireDoneMarker) return false;
        var now = _clock.GetUtcNow();
        var current = new Observation(file.Length, file.LastWriteTimeUtc, now);
        if (!_observations.TryGetValue(file.Name, out var previous) || previous.Size != current.Size || previous.LastWrite != current.LastWrite)
        {
            _observations[file.Name] = current;
            return _options.StableFor <= TimeSpan.Zero;
        }
        return now - previous.Since >= _options.StableFor;
    }

    private ClaimedFile? TryClaim(FileInfo file)
    {
        var stamp = _clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        var target = Path.Combine(Root, ClaimedFolder, $"{stamp}_{file.Name}");
        try
        {
            File.Move(file.FullName, target);
        }
        catch (IOException)
        {
            return null; // Another process claimed it first, or it is still open for writing on a system that locks.
        }
        _observations.Remove(file.Name);
        var marker = file.FullName + DoneSuffix;
        if (File.Exists(marker)) File.Delete(marker); // An empty signal, not data.
        return new ClaimedFile(file.Name, target, new FileInfo(target).Length);
    }

    private void Refuse(FileInfo file, string reason)
    {
        var stamp = _clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        var target = Path.Combine(Root, FailedFolder, $"{stamp}_{file.Name}");
        WriteReport(target, $"{file.Name}: {reason}{Environment.NewLine}");
        File.Move(file.FullName, target);
    }

    /// <summary>
    /// The report beside a filed file is complete before the file appears (written under a temporary name, then
    /// renamed): whoever watches <c>failed/</c>, <c>rejected/</c> or <c>processed/</c> never reads a file without its
    /// report, or a report half written. A crash before the file is moved leaves it claimed; it is handled again and
    /// its report rewritten.
    /// </summary>
    private static void WriteReport(string filedPath, string report)
    {
        var path = filedPath + ".report.txt";
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, report);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// A copy of the whole file rather than the rejected records alone: an adapter gives each record's text for the
    /// audit trail (a CSV row, a JSON object, an XML element), but not a file the intake could read again (a CSV row
    /// needs its header, an element its document). The copy's name is the claimed name, so writing it twice (a crash,
    /// then the same file handled again) leaves one copy.
    /// </summary>
    private static void CopyForFix(string claimedPath, string report)
    {
        var target = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(claimedPath)!)!, RejectedFolder, Path.GetFileName(claimedPath));
        WriteReport(target, report);
        File.Copy(claimedPath, target, overwrite: true);
    }

    private static void MoveAfterHandling(string claimedPath, string folder, string report)
    {
        var target = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(claimedPath)!)!, folder, Path.GetFileName(claimedPath));
        if (report.Length > 0) WriteReport(target, report);
        File.Move(claimedPath, target, overwrite: false);
    }

    private static string OriginalNameOf(string claimedPath)
    {
        var name = Path.GetFileName(claimedPath);
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        return separator > 0 ? name[(separator + 1)..] : name;
    }

    private sealed record Observation(long Size, DateTime LastWrite, DateTimeOffset Since);
}

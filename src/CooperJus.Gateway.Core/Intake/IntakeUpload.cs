using System.Globalization;

namespace CooperJus.Gateway.Core.Intake;

/// <summary>
/// Puts a file pushed over HTTP into the intake folder so that an acknowledged upload is never lost, replaced or read
/// half-written: the body goes to a hidden temporary file (<see cref="IntakeNames.UploadPrefix"/>), flushed to disk;
/// it is then given its name only if no other file in the folder has it (otherwise the next free one: <c>rr.xml</c>,
/// <c>rr_2.xml</c>, <c>rr_3.xml</c>, ...), then its <c>.done</c> marker is written and the folder flushed. Whatever
/// fails on the way (a body over the limit, a client that went away, a full disk), the temporary file is removed.
/// </summary>
/// <remarks>
/// Only the folder itself has to be free of the name: a file the scan has claimed lives on in <c>.claimed/</c>,
/// <c>processed/</c> or <c>failed/</c> under a time-stamped name, so the same name may be given again once the scan
/// has taken the earlier file.
/// </remarks>
public static class IntakeUpload
{
    /// <summary>How many names are tried (<c>rr.xml</c> to <c>rr_10000.xml</c>) before the upload is refused.</summary>
    public const int MaxNameAttempts = 10_000;

    /// <summary>
    /// Writes <paramref name="content"/> into the intake folder <paramref name="root"/> under <paramref name="name"/>
    /// or the first free variant of it, and returns the name it was given. <paramref name="name"/> must be one
    /// <see cref="IntakeNames.Refusal"/> accepts.
    /// </summary>
    /// <exception cref="IOException">The file could not be written, or all <see cref="MaxNameAttempts"/> names are taken.</exception>
    public static async Task<string> KeepAsync(string root, string name, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (IntakeNames.Refusal(name) is { } refusal) throw new ArgumentException(refusal, nameof(name));
        var folder = Directory.CreateDirectory(root).FullName;
        var temporary = Path.Combine(folder, IntakeNames.UploadPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            // Unbuffered: CopyToAsync already writes in large blocks, and what arrived is on disk as it arrives.
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            var kept = Publish(temporary, folder, name);
            // Written whatever the caller's cancellation says: from here on the file is kept, and its marker lets the
            // scan take it at once even where markers are required.
            File.WriteAllText(Path.Combine(folder, kept + IntakeNames.DoneSuffix), "");
            DurableFiles.FlushFolder(folder);
            return kept;
        }
        finally
        {
            // Gone once published; otherwise the body never got a 202, so nobody is owed it.
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The <paramref name="attempt"/>-th name tried for <paramref name="name"/>: the name itself, then a counter before
    /// its first dot (<c>rr_2.xml</c>, <c>answer_2.response.json</c>), so every suffix the intake reads a file by stays.
    /// </summary>
    public static string Candidate(string name, int attempt)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (attempt <= 1) return name;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var counter = string.Create(CultureInfo.InvariantCulture, $"_{attempt}");
        return dot <= 0 ? name + counter : name[..dot] + counter + name[dot..];
    }

    private static string Publish(string temporary, string folder, string name)
    {
        for (var attempt = 1; attempt <= MaxNameAttempts; attempt++)
        {
            var candidate = Candidate(name, attempt);
            if (DurableFiles.TryPublish(temporary, Path.Combine(folder, candidate))) return candidate;
        }
        throw new IOException($"The intake folder already holds {MaxNameAttempts} files named like '{name}'; none was replaced.");
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Writes what <c>cooperjus translate</c> produces: per accepted request <c>&lt;requestId&gt;.json</c> and
/// <c>&lt;requestId&gt;.lineage.json</c>; per rejected record its original text under <c>rejected/</c> (kept, never
/// dropped); and <c>translation-report.json</c> plus <c>translation-report.txt</c> listing every rejection, file
/// problem and warning with its location. The report is streamed, so a run of any size needs no more memory.
/// </summary>
public sealed class TranslationOutputFolder : IDisposable
{
    private const string RejectedFolder = "rejected";
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root;
    private readonly FileStream _jsonStream;
    private readonly Utf8JsonWriter _json;
    private readonly StreamWriter _text;
    private readonly HashSet<string> _quarantineNames = new(StringComparer.Ordinal);

    /// <summary>Creates (or reuses) <paramref name="root"/> and starts the reports.</summary>
    public TranslationOutputFolder(string root, string adapterId, DateTimeOffset startedAt)
    {
        _root = Directory.CreateDirectory(root).FullName;
        _jsonStream = File.Create(Path.Combine(_root, "translation-report.json"));
        _json = new Utf8JsonWriter(_jsonStream, WriterOptions);
        _text = new StreamWriter(Path.Combine(_root, "translation-report.txt"), append: false, new UTF8Encoding(false));
        _json.WriteStartObject();
        _json.WriteString("adapter", adapterId);
        _json.WriteString("startedAt", startedAt);
        _json.WriteStartArray("records");
        _text.WriteLine($"Translation report: adapter {adapterId}, started {startedAt:O}");
        _text.WriteLine();
    }

    /// <summary>Folder the outputs are written to.</summary>
    public string Root => _root;

    /// <summary>Writes one outcome.</summary>
    public void Write(string sourcePath, TranslationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        string? quarantinedAs = null;
        if (outcome.IsAccepted) WriteAccepted(outcome);
        else if (outcome.Record.OriginalText is { } original) quarantinedAs = Quarantine(sourcePath, outcome.Record.RecordId, original);
        if (!outcome.IsAccepted || outcome.Problems.Count > 0) Report(sourcePath, outcome, quarantinedAs);
    }

    /// <summary>Writes the summary and closes the reports.</summary>
    public void Complete(TranslationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _json.WriteEndArray();
        _json.WritePropertyName("summary");
        JsonSerializer.Serialize(_json, summary, CanonicalJson.Options);
        _json.WriteEndObject();
        _json.Flush();
        _text.WriteLine($"{summary.Files} file(s): {summary.Accepted} accepted, {summary.Rejected} rejected, {summary.FileProblems} file problem(s), {summary.Warnings} warning(s).");
        _text.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _jsonStream.Dispose();
        _text.Dispose();
    }

    private void WriteAccepted(TranslationOutcome outcome)
    {
        var request = outcome.Record.Request!;
        using (var document = Create(request.RequestId + ".json")) CanonicalFiles.WriteDocument(document, outcome.CanonicalJson!);
        var lineage = new LineageDocument { RequestId = request.RequestId, SourceFile = request.Provenance.SourceFile, Entries = outcome.Record.Lineage };
        using var stream = Create(request.RequestId + ".lineage.json");
        CanonicalFiles.WriteLineage(stream, lineage);
    }

    private FileStream Create(string name) => new(Path.Combine(_root, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    private string Quarantine(string sourcePath, string? recordId, string original)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, RejectedFolder)).FullName;
        var stem = SafeName($"{Path.GetFileName(sourcePath)}_{recordId ?? "file"}");
        var name = stem + ".txt";
        for (var n = 2; !_quarantineNames.Add(name); n++) name = $"{stem}_{n}.txt";
        File.WriteAllText(Path.Combine(folder, name), original, NoBom);
        return $"{RejectedFolder}/{name}";
    }

    private void Report(string sourcePath, TranslationOutcome outcome, string? quarantinedAs)
    {
        var verdict = outcome.IsAccepted ? "accepted-with-warnings"
            : outcome.IsFileProblem ? (outcome.Problems.Any(p => p.IsError) ? "file-problem" : "file-warning")
            : "rejected";
        _json.WriteStartObject();
        _json.WriteString("file", Path.GetFileName(sourcePath));
        _json.WriteString("outcome", verdict);
        if (outcome.Record.RecordId is { } recordId) _json.WriteString("recordId", recordId);
        if (outcome.Record.Request?.RequestId is { } requestId) _json.WriteString("requestId", requestId);
        if (quarantinedAs is not null) _json.WriteString("quarantinedAs", quarantinedAs);
        _json.WritePropertyName("problems");
        JsonSerializer.Serialize(_json, outcome.Problems, CanonicalJson.Options);
        _json.WriteEndObject();

        _text.WriteLine($"{Path.GetFileName(sourcePath)} {(outcome.Record.RecordId is { } id ? "record " + id : "(whole file)")}: {verdict}");
        foreach (var problem in outcome.Problems) _text.WriteLine($"  - {problem}");
        if (quarantinedAs is not null) _text.WriteLine($"  original kept in {quarantinedAs}");
        _text.WriteLine();
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || c is '/' or '\\' or ':' ? '_' : c).ToArray());
        return safe.Length > 120 ? safe[..120] : safe;
    }
}

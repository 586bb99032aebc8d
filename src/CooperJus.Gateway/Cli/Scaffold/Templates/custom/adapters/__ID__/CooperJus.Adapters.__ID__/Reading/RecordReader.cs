using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>
/// Reads the __SYSTEM__ text export by hand: UTF-8, one <c>field: value</c> per line, requests separated by a blank
/// line, lines starting with <c>#</c> ignored. Replace the parsing with the export's own (fixed-width columns, tagged
/// lines, ...): what the rest of the adapter needs is a <see cref="NationalRecord"/> per request, each field located
/// by its line. <see cref="SourceEncoding"/> decides how the bytes become text. One request is held at a time, so an export of any size is read in bounded memory.
/// </summary>
internal sealed class RecordReader
{
    /// <summary>What a byte that is not UTF-8 decodes to: a field holding it is refused where it stands.</summary>
    private const char Replacement = '\uFFFD';

    // A Windows export is often windows-1252: set LegacyEncoding to the export's code page if the national system writes one.
    private static readonly SourceEncodingOptions Encoding = new();

    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        var detected = SourceEncoding.Detect(stream, source.Name, Encoding);
        if (detected.Problem is { } undecodable)
        {
            yield return ReadItem.Problem(undecodable);
            yield break;
        }
        using var text = detected.OpenReader();
        var block = new List<(long Line, string Text)>();
        var any = false;
        for (var line = 1L; ; line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = text.ReadLine();
            if (content is null || string.IsNullOrWhiteSpace(content))
            {
                if (block.Count > 0) yield return ReadItem.Of(ToRecord(source.Name, block));
                any |= block.Count > 0;
                block.Clear();
                if (content is null) break;
                continue;
            }
            if (!content.TrimStart().StartsWith('#')) block.Add((line, content));
        }
        if (!any) yield return ReadItem.Problem(Problem.Error("text.empty", "The file holds no request.", new SourceLocation { File = source.Name, Line = 1 }));
    }

    private static NationalRecord ToRecord(string file, List<(long Line, string Text)> block)
    {
        var start = new SourceLocation { File = file, Line = block[0].Line };
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        foreach (var (line, content) in block)
        {
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var at = start with { Line = line };
            if (colon <= 0)
            {
                problems.Add(Problem.Error("text.malformed-line", "The line is not 'field: value'.", at with { Value = content }));
                continue;
            }
            var name = content[..colon].Trim();
            at = at with { Field = name, Value = content[(colon + 1)..].Trim() };
            if (!NationalFields.IsKnown(name)) problems.Add(Problem.Warning("text.unknown-field", $"Field '{name}' is not one the adapter reads; it is ignored.", at));
            else if (!fields.TryAdd(name, at)) problems.Add(Problem.Error("text.duplicate-field", $"Field '{name}' appears twice in one request.", at));
            else if (at.Value!.Contains(Replacement, StringComparison.Ordinal)) problems.Add(Problem.Error("encoding.invalid", $"Field '{name}' holds bytes that are not UTF-8.", at));
        }
        return new NationalRecord(start, fields, string.Join('\n', block.Select(b => b.Text)), problems);
    }
}

using System.Text;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>
/// Reads the __SYSTEM__ text export by hand: UTF-8, one <c>field: value</c> per line, requests separated by a blank
/// line, lines starting with <c>#</c> ignored. Replace the parsing with the export's own (fixed-width columns, tagged
/// lines, ...): what the rest of the adapter needs is a <see cref="NationalRecord"/> per request, each field located
/// by its line. One request is held at a time, so an export of any size is read in bounded memory.
/// </summary>
internal sealed class RecordReader
{
    public IEnumerable<ReadItem> Read(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var block = new List<(long Line, string Text)>();
        var any = false;
        for (var line = 1L; ; line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = Next(text, new SourceLocation { File = source.Name, Line = line }, out var problem);
            if (content is null || string.IsNullOrWhiteSpace(content))
            {
                if (block.Count > 0) yield return ReadItem.Of(ToRecord(source.Name, block));
                any |= block.Count > 0;
                block.Clear();
                if (problem is not null) yield return ReadItem.Problem(problem);
                if (content is null) break;
                continue;
            }
            if (!content.TrimStart().StartsWith('#')) block.Add((line, content));
        }
        if (!any) yield return ReadItem.Problem(Problem.Error("text.empty", "The file holds no request.", new SourceLocation { File = source.Name, Line = 1 }));
    }

    private static string? Next(StreamReader text, SourceLocation at, out Problem? problem)
    {
        problem = null;
        try
        {
            return text.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            problem = Problem.Error("encoding.invalid", "The file is not UTF-8 from this line on; nothing more is read.", at);
            return null;
        }
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
        }
        return new NationalRecord(start, fields, string.Join('\n', block.Select(b => b.Text)), problems);
    }
}

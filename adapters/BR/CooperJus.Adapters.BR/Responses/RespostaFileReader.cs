using System.Text.Json;
using CooperJus.Adapters.BR.Json;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// Reads one respostas file: the same header rules as the pedidos export (<c>versaoLeiaute</c> 2.1, <c>sistema</c>
/// UNICO), then each element of <c>respostas</c> through the pedidos' JSON tree and object views, mapped by the
/// <see cref="RespostaMapper"/>.
/// </summary>
internal sealed class RespostaFileReader
{
    private static readonly string[] HeaderNames = ["versaoLeiaute", "sistema", "geradoEm"];

    private readonly RespostaMapper _mapper;

    public RespostaFileReader(RespostaMapper mapper) => _mapper = mapper;

    public IEnumerable<ResponseRecordResult> Read(SourceFile source, CancellationToken cancellationToken)
    {
        var rootAt = new SourceLocation { File = source.Name, Path = "", Line = 1 };
        var bytes = ReadAll(source, out var tooLarge);
        if (tooLarge)
        {
            yield return ResponseRecordResult.FileProblem(Problem.Error("json.too-large", $"The file is larger than {RespostaScanner.MaxBytes / (1024 * 1024)} MiB, more than a respostas export holds; it was not read.", rootAt));
            yield break;
        }
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = bytes.AsMemory(start);
        if (json.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            yield return ResponseRecordResult.FileProblem(Problem.Error("json.empty", "The file is empty.", rootAt));
            yield break;
        }
        var scan = RespostaScanner.Scan(json.Span, source.Name);
        foreach (var problem in scan.Problems) yield return ResponseRecordResult.FileProblem(problem);
        var header = Header(scan, rootAt, out var headerProblems);
        foreach (var problem in headerProblems) yield return ResponseRecordResult.FileProblem(problem);
        if (header is not null)
        {
            var trees = new JsonSourceTree();
            var views = new JsonViewPool();
            for (var i = 0; i < scan.Respostas.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (offset, length, line) = scan.Respostas[i];
                yield return _mapper.Map(json.Slice(offset, length), JsonPointer.Item("/" + RespostaScanner.ArrayName, i), line, source.Name, header, trees, views);
            }
        }
        if (scan.Fatal is not null) yield return ResponseRecordResult.FileProblem(scan.Fatal);
    }

    private static byte[] ReadAll(SourceFile source, out bool tooLarge)
    {
        using var stream = source.OpenRead();
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length <= RespostaScanner.MaxBytes) continue;
            tooLarge = true;
            return [];
        }
        tooLarge = false;
        return buffer.ToArray();
    }

    /// <summary>The header as the pedidos export has it; null (with errors) when the respostas cannot be understood.</summary>
    private static UnicoHeader? Header(RespostaScan scan, SourceLocation rootAt, out List<Problem> problems)
    {
        problems = [];
        if (scan.Fatal is not null && scan.Respostas.Count == 0 && scan.Header.Count == 0) return null;
        foreach (var (name, (_, at)) in scan.Header.Where(h => !HeaderNames.Contains(h.Key)))
            problems.Add(Problem.Warning("json.unknown-property", $"'{name}' is not a root property of a respostas file; it was ignored.", at));
        var version = Required(scan, "versaoLeiaute", rootAt, problems);
        var system = Required(scan, "sistema", rootAt, problems);
        if (version is not null && version.Value != UnicoFileReader.SupportedVersion)
        {
            if (version.Value!.StartsWith("2.", StringComparison.Ordinal))
                problems.Add(Problem.Warning("br.layout-version", $"Layout {version.Value} is read as {UnicoFileReader.SupportedVersion}; properties it adds are reported as unknown.", version));
            else
                problems.Add(Problem.Error("br.layout-version", $"Layout version '{version.Value}' is not supported (this adapter reads {UnicoFileReader.SupportedVersion}); no resposta was read.", version));
        }
        if (system is not null && !string.Equals(system.Value, UnicoFileReader.NationalSystem, StringComparison.OrdinalIgnoreCase))
            problems.Add(Problem.Error("br.system", $"sistema is '{system.Value}', but this adapter reads exports of the MPF Sistema Único ({UnicoFileReader.NationalSystem}).", system));
        if (!scan.HasRespostas && scan.Fatal is null)
            problems.Add(Problem.Error("required", "The root object has no respostas array.", rootAt with { Field = RespostaScanner.ArrayName }));
        if (problems.Any(p => p.IsError)) return null;
        return new UnicoHeader { CreatedAt = default, NationalSystem = UnicoFileReader.NationalSystem, NationalSystemSource = system! };
    }

    private static SourceLocation? Required(RespostaScan scan, string name, SourceLocation rootAt, List<Problem> problems)
    {
        if (!scan.Header.TryGetValue(name, out var member))
        {
            problems.Add(Problem.Error("required", $"The root object has no {name}; without it the respostas cannot be read.", rootAt with { Field = name }));
            return null;
        }
        if (member.Kind == JsonValueKind.String) return member.At;
        problems.Add(Problem.Error("json.type", $"{name} must be a string.", member.At));
        return null;
    }
}

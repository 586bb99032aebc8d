using CooperJus.Gateway.Sdk.Reading;
using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>
/// Reads one export: checks the root header once <c>pedidos</c> begins, then maps each pedido as the scanner hands it
/// over, and turns the scanner's file problems into file results.
/// </summary>
/// <remarks>
/// Header decisions: <c>versaoLeiaute</c> "2.1" is read; another 2.x is read as 2.1 with a warning (minor versions
/// only add properties, which are then reported as unknown); any other version, or none, stops the read, since the
/// pedidos could not be understood. <c>sistema</c> must be UNICO, or the read stops. A missing <c>geradoEm</c> means the
/// clock gives <c>createdAt</c> (warning); an unreadable one stops the read. The header must come before
/// <c>pedidos</c>, as the export writes it; a header member after it is too late to be used (warning).
/// </remarks>
internal sealed class UnicoFileReader
{
    public const string SupportedVersion = "2.1";
    public const string NationalSystem = "UNICO";

    /// <summary>
    /// The pedido property a gateway writes (README, "Written by the gateway"): the canonical id of a request from
    /// another country, so the office can name it in its answer. Read back as the request id.
    /// </summary>
    public const string GatewayIdProperty = "idGateway";

    private static readonly string[] HeaderNames = ["versaoLeiaute", "sistema", "geradoEm"];

    private readonly PedidoMapper _mapper;
    private readonly TimeProvider _clock;

    public UnicoFileReader(PedidoMapper mapper, TimeProvider clock)
    {
        _mapper = mapper;
        _clock = clock;
    }

    /// <summary>The SDK reader's options for an export: records in <c>pedidos</c>, named so in messages.</summary>
    public static JsonRecordReaderOptions Options { get; } = new()
    {
        ArrayProperty = "pedidos",
        RecordNoun = "pedido",
        RootDescription = "one JSON object with versaoLeiaute, sistema, geradoEm and pedidos",
        LayoutName = "layout " + SupportedVersion,
    };

    public IEnumerable<RecordResult> Read(JsonRecordReader scanner, string fileName, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, HeaderField>(StringComparer.Ordinal);
        UnicoHeader? header = null;
        while (scanner.Next() is { } found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A header member is located as every member is: its object's pointer (the root's, "") and its name.
            var at = new SourceLocation { File = fileName, Path = found.Kind == JsonReadEventKind.HeaderValue ? "" : found.Pointer, Line = found.Line, Field = found.Name, Value = found.Text };
            switch (found.Kind)
            {
                case JsonReadEventKind.HeaderValue:
                    if (Header(found, at, fields, header is not null) is { } headerProblem) yield return RecordResult.FileProblem(headerProblem);
                    break;
                case JsonReadEventKind.RecordsStart:
                    var problems = new List<Problem>();
                    header = Complete(fields, fileName, found.Line, problems);
                    foreach (var problem in problems) yield return RecordResult.FileProblem(problem);
                    if (header is null) yield break;
                    break;
                case JsonReadEventKind.Record:
                    yield return _mapper.Map(scanner, found, header!);
                    break;
                case JsonReadEventKind.OversizedRecord:
                    yield return new RecordResult { RecordId = found.Pointer, Location = at, Problems = [Problem.Error(found.Rule!, found.Message!, at)] };
                    break;
                default:
                    yield return RecordResult.FileProblem(Problem.Error(found.Rule!, found.Message!, at));
                    break;
            }
        }
    }

    private static Problem? Header(JsonReadEvent found, SourceLocation at, Dictionary<string, HeaderField> fields, bool pedidosBegun)
    {
        var name = found.Name!;
        if (!HeaderNames.Contains(name))
            return Problem.Warning("json.unknown-property", $"'{name}' is not a root property of layout {SupportedVersion}; it was ignored.", at);
        if (pedidosBegun)
            return Problem.Warning("br.header-order", $"'{name}' comes after pedidos, too late to apply to them; it was ignored.", at);
        fields[name] = new HeaderField(found.ValueKind, at);
        return null;
    }

    private UnicoHeader? Complete(Dictionary<string, HeaderField> fields, string fileName, long line, List<Problem> problems)
    {
        var missingAt = new SourceLocation { File = fileName, Path = "", Line = line };
        var version = Required(fields, "versaoLeiaute", missingAt, problems);
        var system = Required(fields, "sistema", missingAt, problems);
        if (version is not null) CheckVersion(version, problems);
        if (system is not null && !string.Equals(system.Text, NationalSystem, StringComparison.OrdinalIgnoreCase))
            problems.Add(Problem.Error("br.system", $"sistema is '{system.Text}', but this adapter reads exports of the MPF Sistema Único ({NationalSystem}).", system.At));
        var (createdAt, createdAtSource) = CreatedAt(fields, missingAt, problems);
        if (problems.Any(p => p.IsError)) return null;
        return new UnicoHeader { CreatedAt = createdAt, CreatedAtSource = createdAtSource, NationalSystem = NationalSystem, NationalSystemSource = system!.At };
    }

    private static HeaderField? Required(Dictionary<string, HeaderField> fields, string name, SourceLocation missingAt, List<Problem> problems)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            problems.Add(Problem.Error("required", $"The root object has no {name} before pedidos; without it the pedidos cannot be read.", missingAt with { Field = name }));
            return null;
        }
        if (field.Kind == JsonValueKind.String) return field;
        problems.Add(Problem.Error("json.type", $"{name} must be a string.", field.At));
        return null;
    }

    private static void CheckVersion(HeaderField version, List<Problem> problems)
    {
        if (version.Text == SupportedVersion) return;
        if (version.Text!.StartsWith("2.", StringComparison.Ordinal))
            problems.Add(Problem.Warning("br.layout-version", $"Layout {version.Text} is read as {SupportedVersion}; properties it adds are reported as unknown.", version.At));
        else
            problems.Add(Problem.Error("br.layout-version", $"Layout version '{version.Text}' is not supported (this adapter reads {SupportedVersion}); no pedido was read.", version.At));
    }

    private (DateTimeOffset, SourceLocation?) CreatedAt(Dictionary<string, HeaderField> fields, SourceLocation missingAt, List<Problem> problems)
    {
        if (!fields.TryGetValue("geradoEm", out var field))
        {
            problems.Add(Problem.Warning("required", "The root object has no geradoEm: each request's createdAt is the time of reading.", missingAt with { Field = "geradoEm" }));
            return (_clock.GetUtcNow(), null);
        }
        if (field.Kind == JsonValueKind.String && IsoInstant.TryParse(field.Text, out var instant)) return (instant, field.At);
        problems.Add(Problem.Error("date.invalid", $"geradoEm '{field.At.Value}' is not an ISO 8601 instant with offset (2024-03-15T10:30:00-03:00); no pedido was read.", field.At));
        return (default, null);
    }
}

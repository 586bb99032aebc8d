using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>
/// The frame every Sistema Único export shares, the pedidos and the respostas alike: the root header, checked once its
/// array of records begins, then each record as the SDK's reader hands it over, and the reader's file problems. What a
/// record becomes is the caller's (<see cref="UnicoExportHandlers{TResult}"/>).
/// </summary>
/// <remarks>
/// Header decisions: <c>versaoLeiaute</c> "2.1" is read; another 2.x is read as 2.1 with a warning (minor versions
/// only add properties, which are then reported as unknown); any other version, or none, stops the read, since the
/// records could not be understood. <c>sistema</c> must be UNICO, or the read stops. The header must come before the
/// array, as the export writes it; a header member after it is too late to be used (warning). <c>geradoEm</c> gives
/// the pedidos their <c>createdAt</c>: there a missing one means the clock's time (warning) and an unreadable one
/// stops the read. A resposta carries its own date, so in a respostas file <c>geradoEm</c> is informational: it may
/// be left out, and an unreadable one is only a warning.
/// </remarks>
internal sealed class UnicoExportReader
{
    private static readonly string[] HeaderNames = ["versaoLeiaute", "sistema", "geradoEm"];

    private readonly JsonRecordReaderOptions _options;
    private readonly bool _recordsTakeHeaderDate;
    private readonly TimeProvider _clock;

    /// <param name="options">The SDK reader's options of the export: its array (<c>pedidos</c>) and record noun name the messages.</param>
    /// <param name="recordsTakeHeaderDate">True when the records take <c>geradoEm</c> as their creation time (pedidos).</param>
    /// <param name="clock">Gives that time when <c>geradoEm</c> is missing.</param>
    public UnicoExportReader(JsonRecordReaderOptions options, bool recordsTakeHeaderDate, TimeProvider clock)
    {
        _options = options;
        _recordsTakeHeaderDate = recordsTakeHeaderDate;
        _clock = clock;
    }

    private string ArrayName => _options.ArrayProperty!;

    public IEnumerable<TResult> Read<TResult>(JsonRecordReader reader, string fileName, UnicoExportHandlers<TResult> handlers, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, HeaderField>(StringComparer.Ordinal);
        UnicoHeader? header = null;
        while (reader.Next() is { } found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A header member is located as every member is: its object's pointer (the root's, "") and its name.
            var at = new SourceLocation { File = fileName, Path = found.Kind == JsonReadEventKind.HeaderValue ? "" : found.Pointer, Line = found.Line, Field = found.Name, Value = found.Text };
            switch (found.Kind)
            {
                case JsonReadEventKind.HeaderValue:
                    if (Header(found, at, fields, header is not null) is { } headerProblem) yield return handlers.FileProblem(headerProblem);
                    break;
                case JsonReadEventKind.RecordsStart:
                    var problems = new List<Problem>();
                    header = Complete(fields, fileName, found.Line, problems);
                    foreach (var problem in problems) yield return handlers.FileProblem(problem);
                    if (header is null) yield break;
                    break;
                case JsonReadEventKind.Record:
                    yield return handlers.Record(reader, found, header!);
                    break;
                case JsonReadEventKind.OversizedRecord:
                    yield return handlers.RejectedRecord(found.Pointer, at, Problem.Error(found.Rule!, found.Message!, at));
                    break;
                default:
                    yield return handlers.FileProblem(Problem.Error(found.Rule!, found.Message!, at));
                    break;
            }
        }
    }

    private Problem? Header(JsonReadEvent found, SourceLocation at, Dictionary<string, HeaderField> fields, bool recordsBegun)
    {
        var name = found.Name!;
        if (!HeaderNames.Contains(name))
            return Problem.Warning("json.unknown-property", $"'{name}' is not a root property of layout {UnicoFileReader.SupportedVersion}; it was ignored.", at);
        if (recordsBegun)
            return Problem.Warning("br.header-order", $"'{name}' comes after {ArrayName}, too late to apply to them; it was ignored.", at);
        fields[name] = new HeaderField(found.ValueKind, at);
        return null;
    }

    private UnicoHeader? Complete(Dictionary<string, HeaderField> fields, string fileName, long line, List<Problem> problems)
    {
        var missingAt = new SourceLocation { File = fileName, Path = "", Line = line };
        var version = Required(fields, "versaoLeiaute", missingAt, problems);
        var system = Required(fields, "sistema", missingAt, problems);
        if (version is not null) CheckVersion(version, problems);
        if (system is not null && !string.Equals(system.Text, UnicoFileReader.NationalSystem, StringComparison.OrdinalIgnoreCase))
            problems.Add(Problem.Error("br.system", $"sistema is '{system.Text}', but this adapter reads exports of the MPF Sistema Único ({UnicoFileReader.NationalSystem}).", system.At));
        var (createdAt, createdAtSource) = CreatedAt(fields, missingAt, problems);
        if (problems.Any(p => p.IsError)) return null;
        return new UnicoHeader { CreatedAt = createdAt, CreatedAtSource = createdAtSource, NationalSystem = UnicoFileReader.NationalSystem, NationalSystemSource = system!.At };
    }

    private HeaderField? Required(Dictionary<string, HeaderField> fields, string name, SourceLocation missingAt, List<Problem> problems)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            problems.Add(Problem.Error("required", $"The root object has no {name} before {ArrayName}; without it the {ArrayName} cannot be read.", missingAt with { Field = name }));
            return null;
        }
        if (field.Kind == JsonValueKind.String) return field;
        problems.Add(Problem.Error("json.type", $"{name} must be a string.", field.At));
        return null;
    }

    private void CheckVersion(HeaderField version, List<Problem> problems)
    {
        const string supported = UnicoFileReader.SupportedVersion;
        if (version.Text == supported) return;
        if (version.Text!.StartsWith("2.", StringComparison.Ordinal))
            problems.Add(Problem.Warning("br.layout-version", $"Layout {version.Text} is read as {supported}; properties it adds are reported as unknown.", version.At));
        else
            problems.Add(Problem.Error("br.layout-version", $"Layout version '{version.Text}' is not supported (this adapter reads {supported}); no {_options.RecordNoun} was read.", version.At));
    }

    private (DateTimeOffset, SourceLocation?) CreatedAt(Dictionary<string, HeaderField> fields, SourceLocation missingAt, List<Problem> problems)
    {
        if (!fields.TryGetValue("geradoEm", out var field))
        {
            if (_recordsTakeHeaderDate)
                problems.Add(Problem.Warning("required", "The root object has no geradoEm: each request's createdAt is the time of reading.", missingAt with { Field = "geradoEm" }));
            return (_clock.GetUtcNow(), null);
        }
        if (field.Kind == JsonValueKind.String && IsoInstant.TryParse(field.Text, out var instant)) return (instant, field.At);
        var message = $"geradoEm '{field.At.Value}' is not an ISO 8601 instant with offset (2024-03-15T10:30:00-03:00)";
        problems.Add(_recordsTakeHeaderDate
            ? Problem.Error("date.invalid", message + $"; no {_options.RecordNoun} was read.", field.At)
            : Problem.Warning("date.invalid", message + $"; it is informational, so the {ArrayName} were read.", field.At));
        return (_clock.GetUtcNow(), null);
    }
}

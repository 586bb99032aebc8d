using System.Text.Json;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Reading;

/// <summary>
/// The frame every SIAF export shares, the solicitudes and the respuestas alike: the root header
/// (<c>versionFormato</c>, <c>sistema</c>, <c>fechaGeneracion</c>), checked once the array of records begins, then each
/// record as the SDK's <see cref="JsonRecordReader"/> streams it (one at a time, never the whole array), and the
/// reader's file problems. What a record becomes is the caller's (<see cref="SiafExportHandlers{TResult}"/>).
/// </summary>
/// <remarks>
/// A header that names another layout version or another system stops the read: the records could not be understood.
/// <c>fechaGeneracion</c> is checked but carried nowhere: each record says when it was made.
/// </remarks>
internal sealed class SiafExportReader(JsonRecordReaderOptions options)
{
    public const string VersionField = "versionFormato";
    public const string SystemField = "sistema";
    public const string GeneratedField = "fechaGeneracion";

    private static readonly string[] HeaderNames = [VersionField, SystemField, GeneratedField];

    public IEnumerable<TResult> Read<TResult>(Stream stream, string fileName, SiafExportHandlers<TResult> handlers, CancellationToken cancellationToken)
    {
        var reader = new JsonRecordReader(stream, fileName, options);
        var fields = new Dictionary<string, (JsonValueKind Kind, SourceLocation At)>(StringComparer.Ordinal);
        SiafHeader? header = null;
        while (reader.Next() is { } found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A header member is located as every member is: its object's pointer (the root's, "") and its name.
            var at = new SourceLocation { File = fileName, Path = found.Kind == JsonReadEventKind.HeaderValue ? "" : found.Pointer, Line = found.Line, Field = found.Name, Value = found.Text };
            switch (found.Kind)
            {
                case JsonReadEventKind.HeaderValue:
                    if (HeaderMember(found, at, fields, header is not null) is { } warning) yield return handlers.FileProblem(warning);
                    break;
                case JsonReadEventKind.RecordsStart:
                    var problems = new List<Problem>();
                    header = Complete(fields, new SourceLocation { File = fileName, Path = "", Line = found.Line }, problems);
                    foreach (var problem in problems) yield return handlers.FileProblem(problem);
                    if (header is null) yield break;
                    break;
                case JsonReadEventKind.Record:
                    yield return handlers.Record(reader.Open(found, new RecordScope()), header!);
                    break;
                case JsonReadEventKind.OversizedRecord or JsonReadEventKind.InvalidRecord:
                    // Nothing of the record was kept: it is refused where it stands, and the next one is read.
                    yield return handlers.RejectedRecord(found.Pointer, at, Problem.Error(found.Rule!, found.Message!, at));
                    break;
                default:
                    yield return handlers.FileProblem(found.Fatal ? Problem.Error(found.Rule!, found.Message!, at) : Problem.Warning(found.Rule!, found.Message!, at));
                    if (found.Fatal) yield break;
                    break;
            }
        }
    }

    private Problem? HeaderMember(JsonReadEvent found, SourceLocation at, Dictionary<string, (JsonValueKind, SourceLocation)> fields, bool recordsBegun)
    {
        var name = found.Name!;
        if (!HeaderNames.Contains(name))
            return Problem.Warning("json.unknown-property", $"'{name}' is not a root property of the SIAF export {NationalDefaults.FormatVersion}; it was ignored.", at);
        if (recordsBegun)
            return Problem.Warning("ec.header-order", $"'{name}' comes after {options.ArrayProperty}, too late to apply to them; it was ignored.", at);
        fields[name] = (found.ValueKind, at);
        return null;
    }

    private SiafHeader? Complete(Dictionary<string, (JsonValueKind Kind, SourceLocation At)> fields, SourceLocation rootAt, List<Problem> problems)
    {
        var version = Required(fields, VersionField, rootAt, problems);
        if (version is not null && version.Value != NationalDefaults.FormatVersion)
            problems.Add(Problem.Error("ec.format-version", $"versionFormato '{version.Value}' is not supported (this adapter reads {NationalDefaults.FormatVersion}); no {options.RecordNoun} was read.", version));
        var system = Required(fields, SystemField, rootAt, problems);
        if (system is not null && system.Value != NationalDefaults.NationalSystem)
            problems.Add(Problem.Error("ec.system", $"sistema is '{system.Value}', but this adapter reads exports of the Fiscalía's {NationalDefaults.NationalSystem}; no {options.RecordNoun} was read.", system));
        var generated = Required(fields, GeneratedField, rootAt, problems);
        if (generated is not null && !Conversions.TryParseInstant(generated.Value!, out _))
            problems.Add(Problem.Error("date.invalid", $"fechaGeneracion '{generated.Value}' is not an RFC 3339 instant with offset (2024-05-14T10:15:00-05:00); no {options.RecordNoun} was read.", generated));
        return problems.Any(p => p.IsError) ? null : new SiafHeader(system!);
    }

    private Problem MissingProblem(string name, SourceLocation rootAt) =>
        Problem.Error("required", $"The root object has no {name} before {options.ArrayProperty}; without it the {options.ArrayProperty} cannot be read.", rootAt with { Field = name });

    private SourceLocation? Required(Dictionary<string, (JsonValueKind Kind, SourceLocation At)> fields, string name, SourceLocation rootAt, List<Problem> problems)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            problems.Add(MissingProblem(name, rootAt));
            return null;
        }
        if (field.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(field.At.Value)) return field.At;
        problems.Add(Problem.Error(field.Kind == JsonValueKind.String ? "required" : "json.type", $"{name} must be a non-empty string.", field.At));
        return null;
    }
}

using System.Text.Json;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Reading;

/// <summary>One JSON request object as a national record: each field of <see cref="NationalFields"/> located by JSON pointer.</summary>
internal static class JsonFields
{
    /// <summary>Reads the record the SDK reader found; its problems (a request that is no object, a duplicated or unknown property) come with it.</summary>
    public static NationalRecord ToRecord(JsonRecord record)
    {
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (record.RootObject() is { } request)
        {
            foreach (var field in NationalFields.All)
            {
                if (request.Member(field) is not { } node) continue;
                var at = record.Locate(node, field);
                if (node.Kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null) fields[field] = at;
                else record.Scope.Error("json.type", $"Property '{field}' must be a text, not {node.KindName}.", at);
            }
            record.ReportUnknownProperties();
        }
        // The record and its values are the reader's, reused by the next one: the national record keeps strings only.
        return new NationalRecord(record.Location, fields, record.OriginalText, [.. record.Scope.Problems]);
    }
}

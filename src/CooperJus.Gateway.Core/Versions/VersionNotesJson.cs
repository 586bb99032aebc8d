using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>The notes of a version conversion as the body of its audit event: <c>[{"rule","path","message"}]</c>.</summary>
internal static class VersionNotesJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static byte[] Of(IReadOnlyList<Problem> notes) =>
        JsonSerializer.SerializeToUtf8Bytes(notes.Select(n => new NoteLine(n.Rule, n.CanonicalPath, n.Message)).ToList(), Options);

    private sealed record NoteLine(string Rule, string? Path, string Message);
}

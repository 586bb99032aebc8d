using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The hashed part of an audit event: compact JSON, properties always in this order, absent ones left out.
/// <code>{"seq":7,"prev":"…","at":"2026-11-28T16:00:00.123Z","kind":"message.sealed","requestId":"…","messageId":"…",
/// "caseReference":"…","partner":"…","country":"…","actor":"gateway","facts":{"…":"…"},
/// "body":{"sha256":"…","size":123,"mediaType":"application/jose"}}</code>
/// </summary>
/// <remarks>
/// Why the exact bytes are stored and hashed rather than recomputed from columns: an auditor re-checks a chain segment
/// with <c>sha256sum</c> over the header files of an evidence bundle, with no knowledge of how the gateway serialises.
/// The first event's <c>prev</c> is 64 zeros.
/// </remarks>
public static class AuditHeader
{
    /// <summary>The <c>prev</c> of the first event.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Writes the header of event <paramref name="sequence"/>.</summary>
    public static byte[] Write(long sequence, string previousHash, DateTimeOffset at, AuditEntry entry, AuditBodyInfo? body)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", sequence);
            json.WriteString("prev", previousHash);
            json.WriteString("at", FormatInstant(at));
            json.WriteString("kind", entry.Kind);
            WriteIfPresent(json, "requestId", entry.RequestId);
            WriteIfPresent(json, "messageId", entry.MessageId);
            WriteIfPresent(json, "caseReference", entry.CaseReference);
            WriteIfPresent(json, "partner", entry.PartnerId);
            WriteIfPresent(json, "country", entry.Country);
            json.WriteString("actor", entry.Actor);
            WriteFacts(json, entry.Facts);
            if (body is not null) WriteBody(json, body);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>SHA-256 of <paramref name="bytes"/> as 64 lowercase hexadecimal digits.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Reads a stored header back into an event.</summary>
    /// <exception cref="AuditLogAlteredException">The bytes are not a header (a tampered or corrupt event).</exception>
    public static AuditEvent Parse(ReadOnlyMemory<byte> header, bool bodyPruned) =>
        AuditLogAlteredException.Reading("an audit event's stored header", () => ParseHeader(header, bodyPruned));

    private static AuditEvent ParseHeader(ReadOnlyMemory<byte> header, bool bodyPruned)
    {
        using var document = JsonDocument.Parse(header);
        var root = document.RootElement;
        return new AuditEvent(
            root.GetProperty("seq").GetInt64(),
            DateTimeOffset.Parse(root.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            root.GetProperty("kind").GetString()!,
            Optional(root, "requestId"),
            Optional(root, "messageId"),
            Optional(root, "caseReference"),
            Optional(root, "partner"),
            Optional(root, "country"),
            root.GetProperty("actor").GetString()!,
            ReadFacts(root),
            ReadBody(root, bodyPruned),
            Hash(header.Span),
            header);
    }

    /// <summary>
    /// Reads the sequence number and the previous hash of a stored header; false when the bytes are not a readable
    /// header (corrupt or tampered), which the verifier reports as such.
    /// </summary>
    public static bool TryReadLink(ReadOnlyMemory<byte> header, out long sequence, out string previousHash)
    {
        sequence = 0;
        previousHash = "";
        try
        {
            using var document = JsonDocument.Parse(header);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("seq", out var seq) || !seq.TryGetInt64(out sequence)) return false;
            previousHash = Optional(root, "prev") ?? "";
            return previousHash.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string FormatInstant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void WriteFacts(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, string>> facts)
    {
        if (facts.Count == 0) return;
        if (facts.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count() != facts.Count)
            throw new ArgumentException("An audit event's facts must have distinct names.", nameof(facts));
        json.WriteStartObject("facts");
        foreach (var fact in facts) json.WriteString(fact.Key, fact.Value);
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, AuditBodyInfo body)
    {
        json.WriteStartObject("body");
        json.WriteString("sha256", body.Sha256);
        json.WriteNumber("size", body.Size);
        json.WriteString("mediaType", body.MediaType);
        json.WriteEndObject();
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<KeyValuePair<string, string>> ReadFacts(JsonElement root) =>
        root.TryGetProperty("facts", out var facts)
            ? facts.EnumerateObject().Select(f => KeyValuePair.Create(f.Name, f.Value.GetString() ?? "")).ToList()
            : [];

    private static AuditBodyInfo? ReadBody(JsonElement root, bool pruned) =>
        root.TryGetProperty("body", out var body)
            ? new AuditBodyInfo(body.GetProperty("sha256").GetString()!, body.GetProperty("size").GetInt64(),
                body.GetProperty("mediaType").GetString()!, pruned)
            : null;
}

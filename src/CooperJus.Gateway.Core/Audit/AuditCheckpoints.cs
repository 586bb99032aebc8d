using System.Globalization;
using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The signed checkpoints of the audit log, kept OUTSIDE the database: a text file with one compact JWS (ES256, the
/// gateway's own key, <c>typ</c> <see cref="CheckpointType"/>) per line, whose payload is
/// <c>{"gateway":…,"seq":…,"head":…,"at":…}</c>.
/// </summary>
/// <remarks>
/// Why: whoever can write the database can edit an event and recompute every hash after it, or cut the tail; the chain
/// alone then still looks whole. A checkpoint pins the head at a moment with a signature they cannot forge, in a file
/// they would also have to reach (ship it to a log host or a partner for more distance). The file is append-only by
/// use: lines are added and flushed to disk, never rewritten.
/// </remarks>
public sealed class AuditCheckpoints
{
    /// <summary>The JWS <c>typ</c> of a checkpoint.</summary>
    public const string CheckpointType = "cooperjus-audit-checkpoint+jwt";

    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly GatewayKey _key;
    private readonly string _gatewayId;
    private readonly IReadOnlyList<SecurityKey> _verificationKeys;

    /// <summary>
    /// Checkpoints of gateway <paramref name="gatewayId"/> in <paramref name="filePath"/>, signed with
    /// <paramref name="key"/> and checked with it or, for those signed before a key rotation, with the one of
    /// <paramref name="previousKeys"/> whose <c>kid</c> they name.
    /// </summary>
    public AuditCheckpoints(string filePath, GatewayKey key, string gatewayId, IEnumerable<PublicJwk>? previousKeys = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(gatewayId);
        FilePath = Path.GetFullPath(filePath);
        _key = key;
        _gatewayId = gatewayId;
        _verificationKeys = [key.SigningCredentials.Key, .. (previousKeys ?? []).Select(jwk => jwk.ToSecurityKey(jwk.Kid!))];
    }

    /// <summary>The checkpoint file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Signs the log's current head and appends it to the file (flushed to disk), unless the last checkpoint already
    /// covers it; then records in the log that it did (<see cref="AuditEventKinds.CheckpointWritten"/>), so a checkpoint
    /// later removed from the file is missed by the verifier. Returns the new checkpoint, or null when there was nothing
    /// new to cover.
    /// </summary>
    /// <remarks>
    /// It never signs over a log it cannot vouch for (<see cref="AuditCheckpointGuard"/>): the events since the last
    /// checkpoint must still link up to it, and a missing or emptied file is not silently replaced by a new one.
    /// </remarks>
    /// <param name="log">The log whose head is signed.</param>
    /// <param name="clock">The time written in the checkpoint.</param>
    /// <param name="cancellationToken">Cancels before the file is written.</param>
    /// <param name="startNewFile">True only when an operator knowingly starts a new checkpoint file for a log that
    /// already has old events or records earlier checkpoints (the old file is lost for good).</param>
    /// <exception cref="AuditCheckpointException">The log or the file is not in a state a checkpoint may vouch for.</exception>
    public async Task<AuditCheckpoint?> WriteAsync(IAuditLog log, TimeProvider clock, CancellationToken cancellationToken, bool startNewFile = false)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        if (await log.GetHeadAsync(cancellationToken).ConfigureAwait(false) is not { } head) return null;
        var last = LastCheckpoint();
        if (last is not null && Covers(last, head)) return null;
        await new AuditCheckpointGuard(log, FilePath, clock).CheckAsync(last, head, startNewFile, cancellationToken).ConfigureAwait(false);
        var checkpoint = Sign(head.Sequence, head.Hash, clock.GetUtcNow());
        await AppendLineAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        await log.AppendAsync([Recorded(checkpoint)], cancellationToken).ConfigureAwait(false);
        return checkpoint;
    }

    /// <summary>The event that records a checkpoint written to the file.</summary>
    public static AuditEntry Recorded(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return new AuditEntry(AuditEventKinds.CheckpointWritten)
        {
            Facts = [KeyValuePair.Create("seq", checkpoint.Sequence.ToString(CultureInfo.InvariantCulture)), KeyValuePair.Create("head", checkpoint.HeadHash)],
        };
    }

    /// <summary>True when nothing but the record of <paramref name="last"/> itself came after it.</summary>
    private static bool Covers(AuditCheckpoint last, AuditEvent head) =>
        last.Sequence >= head.Sequence
        || (head.Kind == AuditEventKinds.CheckpointWritten && head.Sequence == last.Sequence + 1 && head.Fact("seq") == last.Sequence.ToString(CultureInfo.InvariantCulture));

    private async Task AppendLineAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await using var file = new FileStream(FilePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        RepairLastLine(file);
        file.Seek(0, SeekOrigin.End);
        await file.WriteAsync(Encoding.ASCII.GetBytes(checkpoint.Jws + "\n"), cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Crash recovery, as a journal does it: a last line without its line break is either a write cut by a crash (it
    /// does not verify: it is cut off) or a whole checkpoint whose line break was lost (it verifies: the line break is
    /// added). Complete lines are never touched.
    /// </summary>
    private void RepairLastLine(FileStream file)
    {
        var end = file.Length;
        while (end > 0)
        {
            file.Seek(end - 1, SeekOrigin.Begin);
            if (file.ReadByte() == '\n') break;
            end--;
        }
        if (end == file.Length) return;
        var tail = new byte[file.Length - end];
        file.Seek(end, SeekOrigin.Begin);
        file.ReadExactly(tail);
        if (Verify(0, Encoding.ASCII.GetString(tail).Trim()).Checkpoint is not null)
        {
            file.Seek(0, SeekOrigin.End);
            file.WriteByte((byte)'\n');
        }
        else
        {
            file.SetLength(end);
        }
    }

    /// <summary>
    /// The last checkpoint of the file, read from its end (the file grows by one line a minute: reading it all at every
    /// write would cost more every day), or null when it has none.
    /// </summary>
    /// <exception cref="AuditCheckpointException">The last complete line is not a valid checkpoint.</exception>
    public AuditCheckpoint? LastCheckpoint()
    {
        if (!File.Exists(FilePath)) return null;
        using var file = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var start = Math.Max(0, file.Length - TailBytes);
        var tail = new byte[file.Length - start];
        file.Seek(start, SeekOrigin.Begin);
        file.ReadExactly(tail);
        var pieces = Encoding.ASCII.GetString(tail).Split('\n');
        for (var i = pieces.Length - 1; i >= (start > 0 ? 1 : 0); i--)
        {
            var line = pieces[i].Trim();
            if (line.Length == 0) continue;
            var read = Verify(0, line);
            if (read.Checkpoint is not null) return read.Checkpoint;
            if (i == pieces.Length - 1) continue; // a last line cut by a crash
            throw new AuditCheckpointException($"The last checkpoint in {FilePath} is not valid: {read.Problem} Run `cooperjus audit verify` before any new checkpoint is signed.");
        }
        return start > 0
            ? throw new AuditCheckpointException($"The end of {FilePath} holds no checkpoint line: the file was altered. Run `cooperjus audit verify`.")
            : null;
    }

    /// <summary>Enough of the file's end to hold several checkpoint lines (one is about 400 bytes).</summary>
    private const int TailBytes = 8192;

    /// <summary>Every line of the file, each verified against the gateway's key; empty when the file does not exist.</summary>
    public IReadOnlyList<AuditCheckpointLine> Read() => File.Exists(FilePath) ? Parse(File.ReadAllText(FilePath, Encoding.ASCII)) : [];

    /// <summary>
    /// Every line of <paramref name="text"/> (the file's content, read once by the caller), each verified against the
    /// gateway's key; <see cref="AuditCheckpointLine.LineNumber"/> counts lines of that text, so a caller that also
    /// copies the lines never mixes two reads of a file the gateway appends to.
    /// </summary>
    public IReadOnlyList<AuditCheckpointLine> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var result = new List<AuditCheckpointLine>();
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (lines[i].Trim().Length > 0) result.Add(Verify(i + 1, lines[i].Trim()));
        }
        // The last piece is empty when the file ends with a line break. Otherwise it is a line whose write was cut by a
        // crash (a kill -9 or a power cut between two bytes of it: it does not verify, and is no sign of tampering), or
        // a whole checkpoint whose line break alone is missing: that one counts.
        if (lines[^1].Trim() is { Length: > 0 } last && Verify(lines.Length, last) is { Checkpoint: not null } whole) result.Add(whole);
        return result;
    }

    /// <summary>Signs a checkpoint of event <paramref name="sequence"/> whose hash is <paramref name="headHash"/>.</summary>
    public AuditCheckpoint Sign(long sequence, string headHash, DateTimeOffset at)
    {
        var payload = Payload(sequence, headHash, at);
        var jws = s_handler.CreateToken(payload, _key.SigningCredentials,
            new Dictionary<string, object>(StringComparer.Ordinal) { ["typ"] = CheckpointType });
        return new AuditCheckpoint(_gatewayId, sequence, headHash, at, jws);
    }

    private string Payload(long sequence, string headHash, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("gateway", _gatewayId);
            json.WriteNumber("seq", sequence);
            json.WriteString("head", headHash);
            json.WriteString("at", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private AuditCheckpointLine Verify(int number, string jws)
    {
        var result = s_handler.ValidateTokenAsync(jws, Parameters()).GetAwaiter().GetResult();
        if (!result.IsValid)
            return new AuditCheckpointLine(number, null, $"line {number} of {FilePath} is not a checkpoint signed by this gateway's key '{_key.KeyId}' or one of its previous keys (Audit:PreviousKeys) ({result.Exception?.GetType().Name ?? "invalid"}): the file was altered or written by someone else.");
        try
        {
            var checkpoint = AuditLogAlteredException.Reading("its payload", () => ReadPayload((JsonWebToken)result.SecurityToken, jws));
            return checkpoint.GatewayId == _gatewayId
                ? new AuditCheckpointLine(number, checkpoint, null)
                : new AuditCheckpointLine(number, null, $"line {number} of {FilePath} is a checkpoint of gateway '{checkpoint.GatewayId}', not of '{_gatewayId}'.");
        }
        catch (AuditLogAlteredException e)
        {
            return new AuditCheckpointLine(number, null, $"line {number} of {FilePath} is signed but its payload is not a checkpoint ({e.InnerException?.Message}).");
        }
    }

    private static AuditCheckpoint ReadPayload(JsonWebToken token, string jws)
    {
        using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedPayload));
        var root = payload.RootElement;
        return new AuditCheckpoint(root.GetProperty("gateway").GetString()!, root.GetProperty("seq").GetInt64(),
            root.GetProperty("head").GetString()!, DateTimeOffset.Parse(root.GetProperty("at").GetString()!, CultureInfo.InvariantCulture), jws);
    }

    /// <summary>Chosen by the kid the checkpoint names: the current key or a retired one.</summary>
    private TokenValidationParameters Parameters() => JwsValidation.Parameters(_verificationKeys, CheckpointType);
}

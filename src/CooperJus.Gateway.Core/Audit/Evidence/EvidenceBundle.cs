using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>
/// Writes the self-contained evidence bundle of one request: what the national system exported, the canonical document
/// and its lineage, the sealed envelope and the partner's signed receipt, the chain segment of event headers from the
/// request's first event to a signed checkpoint, the request's bodies, the public keys, <c>SHA256SUMS</c>, a
/// <c>verify.sh</c> that re-checks the chain with ordinary tools, and a README saying how.
/// </summary>
/// <remarks>
/// <para>
/// The segment holds the headers of EVERY event in its range, other requests' too: the chain only links up without gaps.
/// That is safe because headers carry no personal data by design (see <see cref="AuditEntry"/>); bodies, which do, are
/// included for this request's events only.
/// </para>
/// <para>
/// The segment is checked while it is written (links, hashes, bodies, the checkpoint's head): a bundle is never made
/// from a chain that does not verify. It is written to a temporary folder beside the target and moved into place, so
/// a failed export leaves nothing half-written.
/// </para>
/// </remarks>
public sealed class EvidenceBundle
{
    /// <summary>The bodies also written under a plain name, with the kinds whose body it is, preferred first.</summary>
    private static readonly (string File, string[] Kinds)[] s_copies =
    [
        (EvidenceNames.Original, [AuditEventKinds.RecordParsed]),
        (EvidenceNames.Canonical, [AuditEventKinds.RequestTranslated]),
        (EvidenceNames.Lineage, [AuditEventKinds.LineageRecorded]),
        (EvidenceNames.Envelope, [AuditEventKinds.MessageSealed, AuditEventKinds.InboundReceived]),
        (EvidenceNames.Receipt, [AuditEventKinds.ReceiptReceived, AuditEventKinds.ReceiptSent]),
    ];

    private readonly IAuditLog _log;
    private readonly AuditCheckpoints _checkpoints;
    private readonly GatewayKey _key;
    private readonly IReadOnlyDictionary<string, PublicJwk> _partnerKeys;
    private readonly TimeProvider _clock;

    /// <summary>
    /// Creates the writer for <paramref name="log"/>, covered by <paramref name="checkpoints"/> (signed with
    /// <paramref name="key"/>), with the partners' public keys by key id (see <see cref="PartnerKeys"/>).
    /// </summary>
    public EvidenceBundle(IAuditLog log, AuditCheckpoints checkpoints, GatewayKey key, IReadOnlyDictionary<string, PublicJwk> partnerKeys, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(partnerKeys);
        ArgumentNullException.ThrowIfNull(clock);
        _log = log;
        _checkpoints = checkpoints;
        _key = key;
        _partnerKeys = partnerKeys;
        _clock = clock;
    }

    /// <summary>The partners' public keys of a partner directory by key id, each JWK naming its key id.</summary>
    public static IReadOnlyDictionary<string, PublicJwk> PartnerKeys(PartnerDirectoryOptions directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.Partners.SelectMany(p => p.Keys)
            .Where(k => k.Jwk is not null && k.Kid.Length > 0)
            .GroupBy(k => k.Kid, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => WithKeyId(g.First().Jwk!, g.Key), StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the bundle of <paramref name="requestId"/> into <paramref name="folder"/>, which must be absent or empty.
    /// Signs a checkpoint first when none covers the request yet.
    /// </summary>
    /// <exception cref="EvidenceExportException">No event names the request, the folder is not empty, or the stored segment does not verify.</exception>
    public async Task<EvidenceExport> WriteAsync(string requestId, string folder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var target = Path.GetFullPath(folder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new EvidenceExportException($"The output folder '{target}' is not empty; give a new or empty folder.");
        if (File.Exists(target)) throw new EvidenceExportException($"The output '{target}' is a file; give a new or empty folder.");
        var events = await EventsAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (events.Count == 0) throw new EvidenceExportException($"The audit log has no event of request {requestId}.");
        var (checkpoint, written) = await CoveringCheckpointAsync(events[^1].Sequence, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.partial-{Guid.NewGuid():N}");
        try
        {
            var export = await Task.Run(() => Write(staging, target, requestId, events, checkpoint, written, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(staging, target);
            return export;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private async Task<IReadOnlyList<AuditEvent>> EventsAsync(string requestId, CancellationToken cancellationToken)
    {
        try
        {
            return await _log.GetEventsAsync(requestId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (AuditLogAlteredException e)
        {
            // Reading the request's events parses their headers: one that no longer parses was rewritten by hand.
            throw new EvidenceExportException($"A stored audit header of request {requestId} is no longer readable ({e.Message}): the log was altered. No bundle was written; run `cooperjus audit verify`.", e);
        }
    }

    private async Task<(AuditCheckpoint Checkpoint, bool Written)> CoveringCheckpointAsync(long lastEvent, CancellationToken cancellationToken)
    {
        if (Covering(lastEvent) is { } existing) return (existing, false);
        AuditCheckpoint? signed;
        try
        {
            signed = await _checkpoints.WriteAsync(_log, _clock, cancellationToken).ConfigureAwait(false);
        }
        catch (AuditCheckpointException e)
        {
            // The key never vouches for a log it cannot: no bundle rather than a bundle signed over a rewritten log.
            throw new EvidenceExportException(e.Message + " No bundle was written.", e);
        }
        if (signed is not null && signed.Sequence >= lastEvent) return (signed, true);
        // Another process (the running gateway) may have signed one in between.
        return Covering(lastEvent) is { } now
            ? (now, false)
            : throw new EvidenceExportException($"No signed checkpoint in {_checkpoints.FilePath} covers event {lastEvent}, and none could be written.");
    }

    /// <summary>The first checkpoint whose signature verifies and that covers <paramref name="lastEvent"/>.</summary>
    private AuditCheckpoint? Covering(long lastEvent) =>
        _checkpoints.Read().Select(l => l.Checkpoint).OfType<AuditCheckpoint>()
            .Where(c => c.Sequence >= lastEvent).MinBy(c => c.Sequence);

    private EvidenceExport Write(string root, string target, string requestId, IReadOnlyList<AuditEvent> events, AuditCheckpoint checkpoint, bool written, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(root, EvidenceNames.EventsFolder));
        Directory.CreateDirectory(Path.Combine(root, EvidenceNames.BodiesFolder));
        var ours = events.ToDictionary(e => e.Sequence);
        var messageIds = events.Select(e => e.MessageId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var segment = new SegmentWriter(root, requestId, messageIds.ToHashSet(StringComparer.Ordinal), events[0].Sequence, PlanCopies(events));
        foreach (var row in _log.ReadRows(events[0].Sequence, checkpoint.Sequence, cancellationToken)) segment.Add(row);
        segment.Finish(checkpoint);
        WriteText(root, EvidenceNames.Checkpoint, checkpoint.Jws + "\n");
        WriteText(root, EvidenceNames.GatewayKey, _key.ExportPublicJwk() + "\n");
        var export = new EvidenceExport(target, _clock.GetUtcNow(), requestId, events.Select(e => e.CaseReference).FirstOrDefault(c => c is not null),
            events[0].Sequence, events[^1].Sequence, checkpoint, written, [.. ours.Keys.Where(s => s <= checkpoint.Sequence).Order()], messageIds,
            segment.Pruned, segment.Copies, Signatures(root, segment, ours), []);
        WriteText(root, EvidenceNames.Script, EvidenceScript.Text(export));
        // Runnable by the user and group the bundle is for; like every file the gateway writes, nothing for others (0750).
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(root, EvidenceNames.Script), (UnixFileMode)0b111_101_000);
        WriteText(root, EvidenceNames.Readme, EvidenceReadme.Text(export));
        var files = WriteSums(root);
        return export with { Files = files };
    }

    /// <summary>For each event whose body gets a plain name: the names.</summary>
    private static Dictionary<long, List<string>> PlanCopies(IReadOnlyList<AuditEvent> events)
    {
        var plan = new Dictionary<long, List<string>>();
        foreach (var (file, kinds) in s_copies)
        {
            var source = kinds.Select(k => events.LastOrDefault(e => e.Kind == k && e.Body is { IsPruned: false })).FirstOrDefault(e => e is not null);
            if (source is null) continue;
            if (!plan.TryGetValue(source.Sequence, out var names)) plan[source.Sequence] = names = [];
            names.Add(file);
        }
        return plan;
    }

    private List<EvidenceSignature> Signatures(string root, SegmentWriter segment, Dictionary<long, AuditEvent> ours)
    {
        var signatures = new List<EvidenceSignature> { new(EvidenceNames.Checkpoint, _key.KeyId, EvidenceNames.GatewayKey, "this gateway") };
        var partnerFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var copy in segment.Copies.Where(c => c.File.EndsWith(".jws", StringComparison.Ordinal)))
        {
            var kid = JwsKeyId.Of(File.ReadAllBytes(Path.Combine(root, copy.File)));
            var partner = ours[copy.Sequence].PartnerId;
            if (kid == _key.KeyId)
            {
                signatures.Add(new EvidenceSignature(copy.File, kid, EvidenceNames.GatewayKey, "this gateway"));
            }
            else if (kid is not null && _partnerKeys.TryGetValue(kid, out var jwk))
            {
                if (!partnerFiles.TryGetValue(kid, out var keyFile))
                {
                    keyFile = partnerFiles.Count == 0 ? EvidenceNames.PartnerKey : $"partner-public-key-{kid}.jwk";
                    partnerFiles[kid] = keyFile;
                    WriteText(root, keyFile, jwk.ToJson() + "\n");
                }
                signatures.Add(new EvidenceSignature(copy.File, kid, keyFile, partner is null ? "the partner" : $"partner {partner}"));
            }
            else
            {
                signatures.Add(new EvidenceSignature(copy.File, kid, null, partner is null ? "a partner whose key this gateway no longer lists" : $"partner {partner}, whose key this gateway no longer lists"));
            }
        }
        return signatures;
    }

    /// <summary>Writes <c>SHA256SUMS</c> over every other file (the format <c>sha256sum -c</c> reads); returns every file.</summary>
    private static List<string> WriteSums(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        var sums = new StringBuilder();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(Path.Combine(root, file));
            sums.Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append("  ").Append(file).Append('\n');
        }
        WriteText(root, EvidenceNames.Sums, sums.ToString());
        files.Add(EvidenceNames.Sums);
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>UTF-8 without a BOM and with LF line ends, whatever the platform: the bundle is read by POSIX tools.</summary>
    internal static void WriteText(string root, string name, string text) =>
        File.WriteAllBytes(Path.Combine(root, name), new UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n")));

    private static PublicJwk WithKeyId(PublicJwk jwk, string kid) => new()
    {
        Kty = jwk.Kty,
        Crv = jwk.Crv,
        X = jwk.X,
        Y = jwk.Y,
        Kid = kid,
        Use = jwk.Use ?? "sig",
        Alg = jwk.Alg ?? "ES256",
    };
}

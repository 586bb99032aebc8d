using System.Buffers.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// Brings the store's person search index and the gateway's search key together at start: the key file is created on
/// the first start, an index built with another key is refused, and an index with no key recorded (a new store, or one
/// upgraded from the unkeyed terms of schema version 2) is rebuilt from the event bodies the log still holds.
/// </summary>
public static class PersonSearchIndex
{
    /// <summary>The actor of a rebuild the gateway does by itself at start.</summary>
    public const string StartActor = "gateway";

    /// <summary>
    /// The search terms of the key in <paramref name="keyFile"/> (created when missing and the index has none), with the
    /// index of <paramref name="log"/> made ready for them.
    /// </summary>
    /// <exception cref="SearchKeyException">The key file is unusable, missing while the index needs it, or not the key the index was built with.</exception>
    public static async Task<PersonSearchTerms> OpenAsync(IAuditLog log, string keyFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var recorded = await log.GetSearchKeyFingerprintAsync(cancellationToken).ConfigureAwait(false);
        PersonSearchTerms terms;
        if (!File.Exists(keyFile))
        {
            if (recorded is not null)
            {
                throw new SearchKeyException($"the search key file '{keyFile}' does not exist, but the store's person search index was built with a key " +
                    $"(fingerprint {recorded}). Restore the file from your backup, or rebuild the index with a new key (`cooperjus audit reindex`): " +
                    "requests whose bodies retention has pruned can then no longer be found by a person.");
            }
            terms = SearchKeyFile.Create(keyFile);
        }
        else if (!SearchKeyFile.TryLoad(keyFile, out terms!, out var problem))
        {
            throw new SearchKeyException(problem);
        }
        // Another process sharing the store may build the index first: then its key is the one to compare with.
        if (recorded is null && !await log.ReplaceSearchIndexAsync(TermsByRequest(log, terms, cancellationToken), terms.Fingerprint, StartActor,
                replaceRecordedKey: false, cancellationToken).ConfigureAwait(false))
            recorded = await log.GetSearchKeyFingerprintAsync(cancellationToken).ConfigureAwait(false);
        if (recorded is not null && recorded != terms.Fingerprint)
        {
            throw new SearchKeyException($"the search key file '{keyFile}' (fingerprint {terms.Fingerprint}) is not the key the store's person search " +
                $"index was built with (fingerprint {recorded}). Point Audit:SearchKeyFile at the right file, or rebuild the index with this key (`cooperjus audit reindex`).");
        }
        return terms;
    }

    /// <summary>
    /// Rebuilds the whole index under <paramref name="terms"/> from the bodies of the requests translated here and the
    /// requests received from partners, replacing the key recorded before; returns how many requests it indexed.
    /// Bodies pruned by retention cannot be indexed again.
    /// </summary>
    public static async Task<int> RebuildAsync(IAuditLog log, PersonSearchTerms terms, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var index = TermsByRequest(log, terms, cancellationToken);
        await log.ReplaceSearchIndexAsync(index, terms.Fingerprint, actor, replaceRecordedKey: true, cancellationToken).ConfigureAwait(false);
        return index.Count;
    }

    private static Dictionary<string, IReadOnlyCollection<string>> TermsByRequest(IAuditLog log, PersonSearchTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(terms);
        var index = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var row in log.ReadRows(1, null, cancellationToken))
        {
            if (row.RequestId is not { } requestId || row.Body is not { } body || RequestIn(row.Kind, body) is not { } request) continue;
            var found = terms.Of(request);
            index[requestId] = index.TryGetValue(requestId, out var known) ? known.Union(found, StringComparer.Ordinal).ToList() : found;
        }
        return index;
    }

    /// <summary>The request an event's body carries: the canonical JSON of a translation, or the payload of a received request envelope.</summary>
    private static CooperationRequest? RequestIn(string kind, byte[] body)
    {
        try
        {
            return kind switch
            {
                AuditEventKinds.RequestTranslated => StoredDocuments.ReadRequest(System.Text.Encoding.UTF8.GetString(body)),
                AuditEventKinds.InboundReceived => ReceivedRequest(body),
                _ => null,
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null; // What the gateway recorded it could read; an event that no longer reads is the verifier's to report.
        }
    }

    private static CooperationRequest? ReceivedRequest(byte[] jws)
    {
        var first = Array.IndexOf(jws, (byte)'.');
        var second = first < 0 ? -1 : Array.IndexOf(jws, (byte)'.', first + 1);
        if (second < 0) return null;
        using var envelope = JsonDocument.Parse(Base64Url.DecodeFromUtf8(jws.AsSpan(first + 1, second - first - 1)));
        var root = envelope.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "cooperation-request" || !root.TryGetProperty("payload", out var payload)) return null;
        return StoredDocuments.ReadRequest(payload.GetRawText());
    }
}

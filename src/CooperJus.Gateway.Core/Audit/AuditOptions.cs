using System.ComponentModel.DataAnnotations;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>Where the signed checkpoints go, how often they are written, and how long message bodies are kept (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Audit";

    /// <summary>
    /// The checkpoint file (one signed checkpoint per line). Put it on another disk or ship it elsewhere: it is what
    /// proves the database was not rewritten. <value>The default value is empty: <c>audit-checkpoints.jwsl</c> beside the store.</value>
    /// </summary>
    public string CheckpointFile { get; set; } = "";

    /// <summary>
    /// How often the head is signed, when events were added. Events after the last checkpoint are protected by the
    /// chain alone, so this bounds what a rewrite of the database could hide. <value>The default value is 1 minute.</value>
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Bodies of audit events (records, documents, envelopes, receipts) older than this many days are pruned; their
    /// hashes stay, so the chain and earlier evidence bundles still verify. <value>The default value is 0: keep forever.</value>
    /// </summary>
    [Range(0, 36_500)]
    public int RetainBodiesDays { get; set; }

    /// <summary>
    /// The public JWKs (each with its <c>kid</c>) of this gateway's EARLIER signing keys. Checkpoints are verified by
    /// the key they name, so after a key rotation the ones the old key signed still verify: keep every retired key
    /// here for as long as the log is kept. <value>The default value is empty.</value>
    /// </summary>
    public IList<PublicJwk> PreviousKeys { get; } = [];

    /// <summary>
    /// The file of the secret key that the person search index is keyed with (see <see cref="SearchKeyFile"/>). Created
    /// at the first start when missing; keep it with the signing key and back it up: the store records which key its
    /// index was built with, and refuses to start with another one. <value>The default value is empty:
    /// <c>audit-search.key</c> beside the signing key (<c>Messaging:PrivateKeyFile</c>).</value>
    /// </summary>
    public string SearchKeyFile { get; set; } = "";

    /// <summary>What is wrong with these settings, each naming the setting; empty when usable.</summary>
    public IReadOnlyList<string> Validate() =>
        PreviousKeys.SelectMany((key, i) => key.Kid is { Length: > 0 } kid
            ? key.Problems($"PreviousKeys:{i}", kid)
            : [$"PreviousKeys:{i}.Kid is missing: a checkpoint names the key that signed it, so every earlier key needs its kid."]).ToList();

    /// <summary>The search key file to use when the signing key is at <paramref name="privateKeyFile"/>.</summary>
    public string SearchKeyPath(string privateKeyFile) =>
        SearchKeyFile.Length > 0
            ? Path.GetFullPath(SearchKeyFile)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(privateKeyFile))!, "audit-search.key");

    /// <summary>The checkpoint file to use with a store at <paramref name="storePath"/>.</summary>
    public string CheckpointPath(string storePath) =>
        CheckpointFile.Length > 0
            ? Path.GetFullPath(CheckpointFile)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, "audit-checkpoints.jwsl");
}

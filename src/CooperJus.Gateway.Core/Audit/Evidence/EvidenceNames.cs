using System.Globalization;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>The file names inside an evidence bundle, in one place so the files, the script and the README agree.</summary>
internal static class EvidenceNames
{
    public const string EventsFolder = "events";
    public const string BodiesFolder = "bodies";
    public const string Original = "original.txt";
    public const string Canonical = "canonical.json";
    public const string Lineage = "lineage.json";
    public const string Envelope = "envelope.jws";
    public const string Receipt = "receipt.jws";
    public const string Checkpoint = "checkpoint.jws";
    public const string GatewayKey = "gateway-public-key.jwk";
    public const string PartnerKey = "partner-public-key.jwk";
    public const string Sums = "SHA256SUMS";
    public const string Script = "verify.sh";
    public const string Readme = "README.md";

    /// <summary>Ten digits, so that the names sort in chain order for <c>ls</c> as well as for people.</summary>
    public static string Sequence(long sequence) => sequence.ToString("D10", CultureInfo.InvariantCulture);

    public static string Event(long sequence) => $"{EventsFolder}/{Sequence(sequence)}.json";

    public static string Body(long sequence, string mediaType) => $"{BodiesFolder}/{Sequence(sequence)}.{Extension(mediaType)}";

    private static string Extension(string mediaType) =>
        mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "text/plain" => "txt",
            "application/json" => "json",
            "application/jose" => "jws",
            _ => "bin",
        };
}

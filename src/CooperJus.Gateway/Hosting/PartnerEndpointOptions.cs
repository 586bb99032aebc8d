using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Limits of the partner endpoint (<c>POST /partner/v1/messages</c>), section <c>PartnerEndpoint</c>: what messages
/// nobody's key signed may cost the store, and how many body bytes the endpoint holds in memory at once. The envelope
/// size limit itself is <c>Messaging:MaxEnvelopeBytes</c>.
/// </summary>
/// <remarks>
/// A message is unattributable when no listed partner key's signature verifies on it (unparsable, unknown key, bad
/// signature, too large to read): anyone who can reach the port can send one, so only its size, SHA-256, client
/// address and first 4 KiB are kept, and only so many are recorded per client address (an IPv4 address, or the /64
/// prefix of an IPv6 one) and in total per window. Over either limit the message is answered 429 with Retry-After and
/// nothing is stored or signed; how many were not recorded, from which addresses, is written to the audit log once
/// per window (<c>inbound.not-recorded</c>) and logged as a warning. Signed messages are never limited here: a
/// partner catching up after an outage sends as fast as it can.
/// </remarks>
public sealed class PartnerEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PartnerEndpoint";

    /// <summary>How many unattributable messages from one client address are recorded per <see cref="UnattributedWindow"/>.</summary>
    /// <value>The default value is 20.</value>
    [Range(1, 1_000_000)]
    public int UnattributedPerAddress { get; set; } = 20;

    /// <summary>How many unattributable messages from all client addresses together are recorded per <see cref="UnattributedWindow"/>.</summary>
    /// <value>The default value is 200.</value>
    [Range(1, 10_000_000)]
    public int UnattributedTotal { get; set; } = 200;

    /// <summary>
    /// The window of both limits (fixed windows), and how often the count of unattributable messages not recorded is
    /// written to the audit log.
    /// </summary>
    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UnattributedWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Body bytes the endpoint may hold in memory at once, over every request being read and checked: a request counts
    /// its <c>Content-Length</c> (<c>Messaging:MaxEnvelopeBytes</c> when it declares none; a few KiB when it declares
    /// more than that limit, since only its head is kept). A request that would go over is answered 503 with
    /// Retry-After before its body is read. At least <c>Messaging:MaxEnvelopeBytes</c>, so one envelope of the largest
    /// size always fits.
    /// </summary>
    /// <value>The default value is 32 MiB (33 554 432): three envelopes of the default largest size at once, thousands of ordinary ones.</value>
    [Range(typeof(long), "1024", "1099511627776")]
    public long MaxBufferedBytes { get; set; } = 32L * 1024 * 1024;
}

using System.Globalization;
using System.Text;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Hosting;

/// <summary>The unattributable messages not recorded from <paramref name="From"/> to <paramref name="Until"/>, per client address.</summary>
internal sealed record NotRecordedSummary(DateTimeOffset From, DateTimeOffset Until, IReadOnlyDictionary<string, long> ByAddress)
{
    /// <summary>How many messages, over every address.</summary>
    public long Count => ByAddress.Values.Sum();

    /// <summary>The address that sent the most, and how many.</summary>
    public KeyValuePair<string, long> Top => ByAddress.MaxBy(a => a.Value);

    /// <summary>
    /// The audit event: counts and the top address in the facts, every address with its count in the body (one per
    /// line, most first), so the header stays small however many addresses there were.
    /// </summary>
    public AuditEntry ToAuditEntry()
    {
        var body = new StringBuilder();
        foreach (var (address, count) in ByAddress.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal))
            body.Append(CultureInfo.InvariantCulture, $"{address}\t{count}\n");
        return new AuditEntry(AuditEventKinds.InboundNotRecorded)
        {
            Facts =
            [
                Fact("count", Count.ToString(CultureInfo.InvariantCulture)),
                Fact("addresses", ByAddress.Count.ToString(CultureInfo.InvariantCulture)),
                Fact("from", Instant(From)),
                Fact("until", Instant(Until)),
                Fact("top", $"{Top.Key} ({Top.Value.ToString(CultureInfo.InvariantCulture)})"),
            ],
            Body = Encoding.UTF8.GetBytes(body.ToString()),
            BodyMediaType = "text/plain; charset=utf-8",
        };
    }

    private static KeyValuePair<string, string> Fact(string name, string value) => KeyValuePair.Create(name, value);

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}

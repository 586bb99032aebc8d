using System.Text;
using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The configuration a gateway started with, as an audit event: every setting as <c>key=value</c>, sorted, with
/// secrets masked, and its SHA-256. Recorded when it differs from the one recorded last.
/// </summary>
public static partial class ConfigurationRecord
{
    /// <summary>The event for <paramref name="settings"/> (flattened configuration keys and values).</summary>
    public static AuditEntry Entry(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var lines = settings.Where(s => s.Value is not null)
            .Select(s => $"{s.Key}={(IsSecret(s.Key) ? "***" : s.Value)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var body = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        return new AuditEntry(AuditEventKinds.ConfigurationChanged)
        {
            Facts = [KeyValuePair.Create("sha256", AuditHeader.Hash(body)), KeyValuePair.Create("settings", lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            Body = body,
            BodyMediaType = "text/plain; charset=utf-8",
        };
    }

    /// <summary>True when <paramref name="previous"/> (the last recorded configuration event) records the same settings.</summary>
    public static bool IsSame(AuditEvent? previous, AuditEntry current) =>
        previous?.Fact("sha256") is { } hash && current.Facts.Any(f => f.Key == "sha256" && f.Value == hash);

    private static bool IsSecret(string key) => SecretKey().IsMatch(key);

    [GeneratedRegex("(apikey|password|secret|token)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();
}

using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The partner directory as configured: bind it from the configuration root (sections <c>Partners</c> and
/// <c>ClockSkew</c>) or from a section of its own, then build it with <see cref="PartnerDirectory.Create"/>.
/// </summary>
public sealed partial class PartnerDirectoryOptions
{
    /// <summary>The default clock-skew tolerance.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The partner gateways this gateway exchanges messages with.</summary>
    public IList<PartnerOptions> Partners { get; } = [];

    /// <summary>
    /// How far two gateways' clocks may disagree: widens every key's validity window on both sides and lets a message
    /// be created this much "in the future".
    /// </summary>
    /// <value>The default value is 5 minutes. Between zero and one hour.</value>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    /// <summary>
    /// Whether a partner may be reached over plain <c>http://</c> on another machine. Messages are signed either way,
    /// but without TLS the cooperation requests (names, identity numbers, case facts) cross the network readable by
    /// anyone on the path; set it only where something else encrypts that path (a TLS-originating proxy beside the
    /// gateway, a VPN). Loopback addresses are always allowed.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowPlainHttp { get; set; }

    /// <summary>Every problem with these options, each naming the setting; empty when the directory can be built.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromHours(1))
            problems.Add($"ClockSkew is {ClockSkew}; it must be between 00:00:00 and 01:00:00.");
        var partnerIds = new HashSet<string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Partners.Count; i++)
        {
            var partner = Partners[i];
            var where = $"Partners[{i}]";
            ValidatePartner(partner, where, problems);
            if (!AllowPlainHttp && IsPlainHttpToAnotherMachine(partner.Url))
                problems.Add($"{where}.Url '{partner.Url}' is plain http to another machine: the requests would cross the network unencrypted. Use https, or set AllowPlainHttp to true where something else encrypts the path (a TLS proxy beside the gateway, a VPN).");
            if (!partnerIds.Add(partner.Id)) problems.Add($"{where}.Id '{partner.Id}' is used by another partner too.");
            foreach (var country in partner.Countries)
            {
                if (!countries.TryAdd(country, partner.Id))
                    problems.Add($"{where}.Countries: '{country}' is already served by partner '{countries[country]}'; a country goes to one partner only.");
            }
            for (var k = 0; k < partner.Keys.Count; k++)
            {
                var kid = partner.Keys[k].Kid;
                if (!keyIds.TryAdd(kid, partner.Id))
                    problems.Add($"{where}.Keys[{k}].Kid '{kid}' is already a key of partner '{keyIds[kid]}'; a key id names one key in the whole directory.");
            }
        }
        return problems;
    }

    private static void ValidatePartner(PartnerOptions partner, string where, List<string> problems)
    {
        if (!Identifiers.IsGatewayId(partner.Id))
            problems.Add($"{where}.Id '{partner.Id}' is not a gateway id: use {Identifiers.GatewayIdShape}.");
        if (!Uri.TryCreate(partner.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            problems.Add($"{where}.Url '{partner.Url}' is not an absolute http or https URL.");
        if (partner.Countries.Count == 0) problems.Add($"{where}.Countries is empty; list the ISO 3166-1 alpha-2 codes the partner serves.");
        foreach (var country in partner.Countries.Where(c => !Alpha2().IsMatch(c)))
            problems.Add($"{where}.Countries: '{country}' is not an ISO 3166-1 alpha-2 code in capitals (such as ES).");
        if (partner.Keys.Count == 0) problems.Add($"{where}.Keys is empty; a partner needs at least one public key.");
        for (var k = 0; k < partner.Keys.Count; k++) ValidateKey(partner.Keys[k], $"{where}.Keys[{k}]", problems);
        foreach (var version in partner.SchemaVersions.Where(v => !Versions.SchemaVersions.IsKnown(v)))
            problems.Add($"{where}.SchemaVersions: '{version}' is not a canonical version this gateway knows; use {Versions.SchemaVersions.Listed} (absent means \"{Versions.SchemaVersions.V1}\" only).");
    }

    private static void ValidateKey(PartnerKeyOptions key, string where, List<string> problems)
    {
        if (!Identifiers.IsKeyId(key.Kid)) problems.Add($"{where}.Kid '{key.Kid}' is not a key id: use {Identifiers.KeyIdShape}.");
        if (key.NotBefore is { } notBefore && key.NotAfter is { } notAfter && notAfter <= notBefore)
            problems.Add($"{where}: NotAfter ({notAfter:O}) must be later than NotBefore ({notBefore:O}).");
        if (key.Jwk is null) problems.Add($"{where}.Jwk is missing; paste the partner's public JWK object.");
        else problems.AddRange(key.Jwk.Problems($"{where}.Jwk", key.Kid));
    }

    private static bool IsPlainHttpToAnotherMachine(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback;

    [GeneratedRegex("^[A-Z]{2}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Alpha2();
}

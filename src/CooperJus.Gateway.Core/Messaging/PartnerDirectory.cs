using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The trust store and routing table: which partner gateways exist, which countries each serves, where to reach them,
/// and the public keys (several per partner, each with a validity window) that their signatures are checked against.
/// Thread-safe; to change partners, build a new directory and <see cref="Replace"/> this one's content with it (the
/// running gateway does so when its configuration file's partner directory changes).
/// </summary>
public sealed class PartnerDirectory
{
    // One immutable whole, swapped at once by Replace: a lookup reads it once and so sees the old or the new directory,
    // never a mix.
    private volatile State _state;

    private PartnerDirectory(IReadOnlyList<Partner> partners, TimeSpan clockSkew) => _state = new State(partners, clockSkew);

    /// <summary>Every partner, in configuration order.</summary>
    public IReadOnlyList<Partner> Partners => _state.Partners;

    /// <summary>How far clocks may disagree; applied to key validity windows and to creation times.</summary>
    public TimeSpan ClockSkew => _state.ClockSkew;

    /// <summary>Builds the directory from its options.</summary>
    /// <exception cref="InvalidOperationException">The options have problems; the message lists every one (see <see cref="PartnerDirectoryOptions.Validate"/>).</exception>
    public static PartnerDirectory Create(PartnerDirectoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
            throw new InvalidOperationException("The partner directory is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
        var partners = options.Partners.Select(Build).ToList();
        return new PartnerDirectory(partners, options.ClockSkew);
    }

    /// <summary>The partner with this gateway id.</summary>
    public bool TryGetPartner(string partnerId, [NotNullWhen(true)] out Partner? partner) => _state.ById.TryGetValue(partnerId, out partner);

    /// <summary>The partner that serves this country (ISO 3166-1 alpha-2, capitals): where requests to that country go.</summary>
    public bool TryGetPartnerForCountry(string alpha2, [NotNullWhen(true)] out Partner? partner) => _state.ByCountry.TryGetValue(alpha2, out partner);

    /// <summary>
    /// Takes the partners, routes and keys of <paramref name="newer"/> (a configuration reload): every component holding
    /// this directory uses them from its next lookup. Lookups under way finish with the directory they started with.
    /// </summary>
    public void Replace(PartnerDirectory newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        _state = newer._state;
    }

    /// <summary>
    /// Looks a key id up and checks its validity window at <paramref name="instant"/> with <see cref="ClockSkew"/>.
    /// During a rotation the old and the new key of a partner both resolve as valid while their windows overlap.
    /// </summary>
    public KeyResolution ResolveKey(string keyId, DateTimeOffset instant)
    {
        var state = _state;
        if (!state.ByKeyId.TryGetValue(keyId, out var key)) return new KeyResolution(KeyResolutionStatus.Unknown, null, null);
        var status = key.IsValidAt(instant, state.ClockSkew) ? KeyResolutionStatus.Valid : KeyResolutionStatus.OutsideValidity;
        return new KeyResolution(status, key, state.ById[key.PartnerId]);
    }

    private static Partner Build(PartnerOptions options)
    {
        var keys = options.Keys
            .Select(k => new PartnerKey(k.Kid, options.Id, k.NotBefore, k.NotAfter, k.Jwk!.ToSecurityKey(k.Kid)))
            .ToList();
        return new Partner(options.Id, [.. options.Countries], new Uri(options.Url, UriKind.Absolute), keys, [.. options.SchemaVersions]);
    }

    private sealed class State(IReadOnlyList<Partner> partners, TimeSpan clockSkew)
    {
        public IReadOnlyList<Partner> Partners { get; } = partners;

        public TimeSpan ClockSkew { get; } = clockSkew;

        public FrozenDictionary<string, Partner> ById { get; } = partners.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

        public FrozenDictionary<string, Partner> ByCountry { get; } =
            partners.SelectMany(p => p.Countries.Select(c => (c, p))).ToFrozenDictionary(x => x.c, x => x.p, StringComparer.Ordinal);

        public FrozenDictionary<string, PartnerKey> ByKeyId { get; } = partners.SelectMany(p => p.Keys).ToFrozenDictionary(k => k.KeyId, StringComparer.Ordinal);
    }
}

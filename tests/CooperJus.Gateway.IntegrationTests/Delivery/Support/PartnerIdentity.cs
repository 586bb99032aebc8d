using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// A gateway id with its own freshly generated signing key: what a partner directory lists about a partner, and what a
/// test needs to sign envelopes as that partner (or as an intruder no directory lists).
/// </summary>
internal sealed class PartnerIdentity : IDisposable
{
    public PartnerIdentity(string id, string country, string? keyId = null)
    {
        Id = id;
        Country = country;
        Key = GatewayKey.Generate(keyId ?? $"{id}-test");
    }

    public string Id { get; }

    public string Country { get; }

    public GatewayKey Key { get; }

    public string KeyId => Key.KeyId;

    /// <summary>This identity as another gateway's partner directory lists it, reached at <paramref name="url"/>.</summary>
    public PartnerEntry AsPartner(string url) => new(Id, Country, url, KeyId, Key.PublicJwk);

    public void Dispose() => Key.Dispose();
}

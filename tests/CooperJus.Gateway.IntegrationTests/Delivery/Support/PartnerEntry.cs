using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>One partner of a test gateway's partner directory: who, which country, where, and its public key.</summary>
internal sealed record PartnerEntry(string Id, string Country, string Url, string KeyId, PublicJwk Jwk)
{
    /// <summary>
    /// The canonical versions the partner accepts (<c>SchemaVersions</c>): both, as a current gateway's partners list
    /// it; <c>["1.0"]</c> for a partner that reads only v1; null leaves the setting out (the gateway then sends 1.0).
    /// </summary>
    public IReadOnlyList<string>? SchemaVersions { get; init; } = ["1.0", "2.0"];

    /// <summary>The configuration keys of this entry as partner number <paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(int index)
    {
        var prefix = $"PartnerDirectory:Partners:{index}:";
        yield return new(prefix + "Id", Id);
        yield return new(prefix + "Url", Url);
        yield return new(prefix + "Countries:0", Country);
        yield return new(prefix + "Keys:0:Kid", KeyId);
        yield return new(prefix + "Keys:0:Jwk:Kty", Jwk.Kty);
        yield return new(prefix + "Keys:0:Jwk:Crv", Jwk.Crv);
        yield return new(prefix + "Keys:0:Jwk:X", Jwk.X);
        yield return new(prefix + "Keys:0:Jwk:Y", Jwk.Y);
        yield return new(prefix + "Keys:0:Jwk:Kid", KeyId);
        foreach (var (version, i) in (SchemaVersions ?? []).Select((v, i) => (v, i))) yield return new(prefix + $"SchemaVersions:{i}", version);
    }

    /// <summary>A directory holding only this entry (to verify what this partner signs, as its peers do).</summary>
    public PartnerDirectory AsDirectory()
    {
        var partner = new PartnerOptions { Id = Id, Url = Url };
        partner.Countries.Add(Country);
        partner.Keys.Add(new PartnerKeyOptions { Kid = KeyId, Jwk = Jwk });
        foreach (var version in SchemaVersions ?? []) partner.SchemaVersions.Add(version);
        var options = new PartnerDirectoryOptions();
        options.Partners.Add(partner);
        return PartnerDirectory.Create(options);
    }
}

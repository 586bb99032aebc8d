using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>One partner of a test gateway's partner directory: who, which country, where, and its public key.</summary>
internal sealed record PartnerEntry(string Id, string Country, string Url, string KeyId, PublicJwk Jwk)
{
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
    }

    /// <summary>A directory holding only this entry (to verify what this partner signs, as its peers do).</summary>
    public PartnerDirectory AsDirectory()
    {
        var partner = new PartnerOptions { Id = Id, Url = Url };
        partner.Countries.Add(Country);
        partner.Keys.Add(new PartnerKeyOptions { Kid = KeyId, Jwk = Jwk });
        var options = new PartnerDirectoryOptions();
        options.Partners.Add(partner);
        return PartnerDirectory.Create(options);
    }
}

using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>Builds partner directories from keys, the way a configuration file would describe them.</summary>
internal static class Directories
{
    public static PartnerDirectory Of(params PartnerOptions[] partners) => Of(PartnerDirectoryOptions.DefaultClockSkew, partners);

    public static PartnerDirectory Of(TimeSpan clockSkew, params PartnerOptions[] partners)
    {
        var options = new PartnerDirectoryOptions { ClockSkew = clockSkew };
        foreach (var partner in partners) options.Partners.Add(partner);
        return PartnerDirectory.Create(options);
    }

    public static PartnerOptions Partner(string id, string country, params (GatewayKey Key, DateTimeOffset? NotBefore, DateTimeOffset? NotAfter)[] keys)
    {
        var partner = new PartnerOptions { Id = id, Url = $"https://{id}.example.org/gateway/" };
        partner.Countries.Add(country);
        foreach (var (key, notBefore, notAfter) in keys)
            partner.Keys.Add(new PartnerKeyOptions { Kid = key.KeyId, Jwk = PublicJwk.Parse(key.ExportPublicJwk()), NotBefore = notBefore, NotAfter = notAfter });
        return partner;
    }
}

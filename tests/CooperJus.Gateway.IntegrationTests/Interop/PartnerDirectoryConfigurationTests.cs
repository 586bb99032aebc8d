using System.Text;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.IntegrationTests.Interop;

/// <summary>
/// The partner directory and this gateway's protocol settings bind from <c>appsettings.json</c> and environment
/// variables the way the host reads them, JWKs pasted as objects exactly as <c>cooperjus keys generate</c> prints them.
/// </summary>
[TestFixture]
public sealed class PartnerDirectoryConfigurationTests
{
    [Test]
    public void Binds_partners_keys_windows_and_clock_skew_from_appsettings_json()
    {
        using var spain = GatewayKey.Generate("es-2025-01");
        using var next = GatewayKey.Generate("es-2025-07");
        var configuration = Configuration($$"""
            {
              "Messaging": { "GatewayId": "pe-mpfn", "KeyId": "pe-2025-01", "PrivateKeyFile": "/etc/cooperjus/gateway.key.pem", "MaxEnvelopeBytes": 2097152 },
              "PartnerDirectory": {
                "ClockSkew": "00:10:00",
                "Partners": [
                  {
                    "Id": "es-fge",
                    "Countries": [ "ES", "AD" ],
                    "Url": "https://cooperjus.fiscal.es/",
                    "Keys": [
                      { "Kid": "es-2025-01", "Jwk": {{spain.ExportPublicJwk()}}, "NotAfter": "2025-07-08T00:00:00Z" },
                      { "Kid": "es-2025-07", "Jwk": {{next.ExportPublicJwk()}}, "NotBefore": "2025-07-01T00:00:00Z" }
                    ]
                  }
                ]
              }
            }
            """);

        var directoryOptions = configuration.GetSection("PartnerDirectory").Get<PartnerDirectoryOptions>()!;
        var messaging = configuration.GetSection("Messaging").Get<MessagingOptions>()!;
        var directory = PartnerDirectory.Create(directoryOptions);

        Assert.Multiple(() =>
        {
            Assert.That(messaging.Validate(), Is.Empty);
            Assert.That(messaging.MaxEnvelopeBytes, Is.EqualTo(2_097_152));
            Assert.That(messaging.MaxReceiptBytes, Is.EqualTo(MessagingOptions.DefaultMaxReceiptBytes));
            Assert.That(directory.ClockSkew, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(directory.TryGetPartnerForCountry("AD", out var andorra) ? andorra.MessagesUrl.AbsoluteUri : null, Is.EqualTo("https://cooperjus.fiscal.es/partner/v1/messages"));
            Assert.That(directory.ResolveKey("es-2025-01", new DateTimeOffset(2025, 7, 9, 0, 0, 0, TimeSpan.Zero)).Status, Is.EqualTo(KeyResolutionStatus.OutsideValidity));
            Assert.That(directory.ResolveKey("es-2025-07", new DateTimeOffset(2025, 7, 9, 0, 0, 0, TimeSpan.Zero)).Status, Is.EqualTo(KeyResolutionStatus.Valid));
        });
    }

    [Test]
    public void An_environment_variable_adds_a_key_to_a_configured_partner()
    {
        using var spain = GatewayKey.Generate("es-2025-01");
        using var added = GatewayKey.Generate("es-2026-01");
        var jwk = PublicJwk.Parse(added.ExportPublicJwk());
        var builder = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"Partners":[{"Id":"es-fge","Countries":["ES"],"Url":"https://es.example.org","Keys":[{"Kid":"es-2025-01","Jwk":{{spain.ExportPublicJwk()}}}]}]}""")))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // What Partners__0__Keys__1__Kid=... and friends in the environment give.
                ["Partners:0:Keys:1:Kid"] = "es-2026-01",
                ["Partners:0:Keys:1:Jwk:kty"] = jwk.Kty,
                ["Partners:0:Keys:1:Jwk:crv"] = jwk.Crv,
                ["Partners:0:Keys:1:Jwk:x"] = jwk.X,
                ["Partners:0:Keys:1:Jwk:y"] = jwk.Y,
            });

        var directory = PartnerDirectory.Create(builder.Build().Get<PartnerDirectoryOptions>()!);

        Assert.That(directory.ResolveKey("es-2026-01", DateTimeOffset.UnixEpoch).Partner?.Id, Is.EqualTo("es-fge"));
    }

    [Test]
    public void A_private_jwk_pasted_into_the_configuration_is_refused_by_name()
    {
        using var spain = GatewayKey.Generate("es-2025-01");
        var privateJwk = spain.ExportPublicJwk().Replace("\"kid\"", "\"d\":\"c2VjcmV0\",\"kid\"", StringComparison.Ordinal);
        var configuration = Configuration($$"""{"Partners":[{"Id":"es-fge","Countries":["ES"],"Url":"https://es.example.org","Keys":[{"Kid":"es-2025-01","Jwk":{{privateJwk}}}]}]}""");

        var problems = configuration.Get<PartnerDirectoryOptions>()!.Validate();

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Partners[0].Keys[0].Jwk contains a private key ('d'); give only the public JWK that `cooperjus keys generate` prints, and treat that private key as compromised.",
        }));
    }

    private static IConfiguration Configuration(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
}

using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Hosting;

/// <summary>
/// The partner listener over https with a certificate file, configured exactly as Kestrel documents it
/// (<c>Kestrel:Endpoints:Partner:Url</c>, <c>Certificate:Path</c>, <c>Certificate:KeyPath</c>, and
/// <c>Certificate:Password</c> for an encrypted key): a real TLS handshake on loopback with a self-signed certificate
/// the client trusts by its thumbprint.
/// </summary>
[TestFixture]
public sealed class HttpsListenerTests
{
    private const string KeyPassword = "a passphrase for the key file";

    private TestGateway _gateway = null!;
    private X509Certificate2 _certificate = null!;

    [SetUp]
    public void CreateGatewayAndCertificate()
    {
        _gateway = TestGateway.Create("es", "ES").WithSeparateListeners();
        _certificate = SelfSigned(out var key);
        using (key)
        {
            Directory.CreateDirectory(Path.Combine(_gateway.Root, "tls"));
            File.WriteAllText(CertificateFile, _certificate.ExportCertificatePem());
            File.WriteAllText(KeyFile, key.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(EncryptedKeyFile, key.ExportEncryptedPkcs8PrivateKeyPem(KeyPassword, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000)));
        }
    }

    [TearDown]
    public async Task Dispose()
    {
        await _gateway.DisposeAsync();
        _certificate.Dispose();
    }

    private string CertificateFile => Path.Combine(_gateway.Root, "tls", "partner.crt.pem");

    private string KeyFile => Path.Combine(_gateway.Root, "tls", "partner.key.pem");

    private string EncryptedKeyFile => Path.Combine(_gateway.Root, "tls", "partner.key.encrypted.pem");

    [TestCase(false)]
    [TestCase(true)]
    public async Task The_partner_listener_answers_over_https_with_the_configured_certificate(bool encryptedKey)
    {
        var url = $"https://127.0.0.1:{_gateway.Port}/";
        _gateway.Set("Kestrel:Endpoints:Partner:Url", url)
            .Set("Kestrel:Endpoints:Partner:Certificate:Path", CertificateFile)
            .Set("Kestrel:Endpoints:Partner:Certificate:KeyPath", encryptedKey ? EncryptedKeyFile : KeyFile)
            .Set("Kestrel:Endpoints:Partner:Certificate:Password", encryptedKey ? KeyPassword : null);
        await _gateway.StartAsync();
        string? presented = null;
        var expected = _certificate.GetCertHashString(HashAlgorithmName.SHA256);
        using var https = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                presented = certificate?.GetCertHashString(HashAlgorithmName.SHA256);
                return presented == expected;
            },
        });

        using var answer = await https.GetAsync(new Uri(url + "health"));

        var body = await answer.Content.ReadAsStringAsync();
        TestContext.Out.WriteLine($"certificate presented: {presented}");
        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.EqualTo("""{"status":"healthy"}"""));
            Assert.That(presented, Is.EqualTo(expected), "the certificate of the configured file");
        });
        using var plain = new HttpClient();
        Assert.ThrowsAsync<HttpRequestException>(() => plain.GetAsync(new Uri($"http://127.0.0.1:{_gateway.Port}/health")), "no plain http on the https listener");
    }

    private static X509Certificate2 SelfSigned(out ECDsa key)
    {
        key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }
}

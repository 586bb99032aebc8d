using System.Runtime.Versioning;
using System.Security.Cryptography;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>The gateway's own key: generated, saved readable by its owner only, and refused when others could read it.</summary>
[TestFixture]
public sealed class GatewayKeyTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Saved_private_key_file_is_readable_and_writable_by_its_owner_only()
    {
        using var key = GatewayKey.Generate("pe-2025-01");
        var path = _folder.Combine("gateway.key.pem");

        key.SavePrivateKey(path);

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Saved_private_key_is_pkcs8_pem()
    {
        using var key = GatewayKey.Generate("pe-2025-01");
        var path = _folder.Combine("gateway.key.pem");

        key.SavePrivateKey(path);

        Assert.That(File.ReadAllText(path), Does.StartWith("-----BEGIN PRIVATE KEY-----"));
    }

    [Test]
    public async Task A_key_saved_and_loaded_again_signs_what_its_public_jwk_verifies()
    {
        using var original = GatewayKey.Generate(MessagingWorld.PeruKid);
        var path = _folder.Combine("gateway.key.pem");
        original.SavePrivateKey(path);
        using var loaded = GatewayKey.Load(path, MessagingWorld.PeruKid);
        using var world = new MessagingWorld();
        var directory = Directories.Of(Directories.Partner(MessagingWorld.PeruId, "PE", (original, null, null)));
        var sent = new EnvelopeSigner(loaded, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload());

        var received = await new EnvelopeVerifier(directory, world.SpainOptions, world.Clock).VerifyAsync(sent.Body);

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors, Is.Empty);
            Assert.That(loaded.ExportPublicJwk(), Is.EqualTo(original.ExportPublicJwk()));
        });
    }

    /// <summary>
    /// Regression: Microsoft.IdentityModel caches signature providers by key thumbprint process-wide, so a key loaded
    /// again after the first copy was disposed used to be served the disposed one (ObjectDisposedException).
    /// </summary>
    [Test]
    public void A_key_loaded_again_after_an_earlier_copy_was_disposed_still_signs()
    {
        using var world = new MessagingWorld();
        var path = _folder.Combine("gateway.key.pem");
        world.PeruKey.SavePrivateKey(path);
        var first = GatewayKey.Load(path, MessagingWorld.PeruKid);
        _ = new EnvelopeSigner(first, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload());
        first.Dispose();
        using var second = GatewayKey.Load(path, MessagingWorld.PeruKid);

        Assert.That(
            () => new EnvelopeSigner(second, MessagingWorld.PeruId, world.Clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload()),
            Throws.Nothing);
    }

    [Test]
    public void Never_overwrites_an_existing_key_file()
    {
        using var key = GatewayKey.Generate("pe-2025-01");
        var path = _folder.Combine("gateway.key.pem");
        File.WriteAllText(path, "an older key");

        Assert.Multiple(() =>
        {
            Assert.That(() => key.SavePrivateKey(path), Throws.TypeOf<IOException>());
            Assert.That(File.ReadAllText(path), Is.EqualTo("an older key"));
        });
    }

    [TestCase(UnixFileMode.GroupRead, "0640")]
    [TestCase(UnixFileMode.OtherRead, "0604")]
    [TestCase(UnixFileMode.GroupWrite, "0620")]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Refuses_a_private_key_file_that_group_or_others_can_access(UnixFileMode extra, string octal)
    {
        using var key = GatewayKey.Generate("pe-2025-01");
        var path = _folder.Combine("gateway.key.pem");
        key.SavePrivateKey(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);

        Assert.That(() => GatewayKey.Load(path, "pe-2025-01"), Throws.InvalidOperationException.With.Message.EqualTo(
            $"The private key file '{path}' is accessible to other users (mode {octal}); a signing key must be readable by its owner only. Run `chmod 600 {path}` and start again."));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Accepts_a_private_key_file_readable_by_its_owner_only()
    {
        using var key = GatewayKey.Generate("pe-2025-01");
        var path = _folder.Combine("gateway.key.pem");
        key.SavePrivateKey(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead);

        Assert.That(GatewayKey.TryLoad(path, "pe-2025-01", out var loaded, out var problem), Is.True, problem);
        loaded!.Dispose();
    }

    [Test]
    public void Says_how_to_create_a_key_file_that_is_missing()
    {
        var path = _folder.Combine("missing.pem");

        Assert.Multiple(() =>
        {
            Assert.That(GatewayKey.TryLoad(path, "pe-2025-01", out var key, out var problem), Is.False);
            Assert.That(key, Is.Null);
            Assert.That(problem, Is.EqualTo($"The private key file '{path}' does not exist. Create one with `cooperjus keys generate`."));
        });
    }

    [Test]
    public void Refuses_a_file_that_holds_no_private_key()
    {
        var path = _folder.Combine("garbage.pem");
        WriteOwnerOnly(path, "not a key");

        Assert.That(() => GatewayKey.Load(path, "pe-2025-01"), Throws.InvalidOperationException.With.Message.StartWith($"The private key file '{path}': it holds no readable EC private key in PEM form"));
    }

    [Test]
    public void Refuses_a_key_on_another_curve()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var path = _folder.Combine("p384.pem");
        WriteOwnerOnly(path, p384.ExportPkcs8PrivateKeyPem());

        Assert.That(() => GatewayKey.Load(path, "pe-2025-01"), Throws.InvalidOperationException.With.Message.EqualTo(
            $"The private key file '{path}': it must hold an EC P-256 private key (PKCS#8, as `cooperjus keys generate` writes it)."));
    }

    [TestCase("")]
    [TestCase("has space")]
    [TestCase("ümlaut")]
    public void Refuses_a_key_id_partners_could_not_write_in_their_directory(string keyId) =>
        Assert.That(() => GatewayKey.Generate(keyId), Throws.ArgumentException.With.Message.StartWith($"The key id '{keyId}' is not valid: use 1 to 128 letters, digits, dots, underscores, colons or hyphens."));

    [Test]
    public void Reads_a_key_from_pem_text()
    {
        using var key = GatewayKey.Generate("k1");

        using var read = GatewayKey.FromPem(key.ExportPrivateKeyPem(), "k1");

        Assert.That(read.ExportPublicJwk(), Is.EqualTo(key.ExportPublicJwk()));
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}

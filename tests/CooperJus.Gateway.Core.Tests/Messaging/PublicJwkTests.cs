using System.Text.Json;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>Partner keys arrive as JWK text or configuration objects; only a public ES256 key is accepted.</summary>
[TestFixture]
public sealed class PublicJwkTests
{
    [Test]
    public void Exported_jwk_has_exactly_the_public_es256_members()
    {
        using var key = GatewayKey.Generate("pe-2025-01");

        var jwk = JsonDocument.Parse(key.ExportPublicJwk()).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(jwk.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "kty", "crv", "x", "y", "kid", "use", "alg" }));
            Assert.That(jwk.GetProperty("kty").GetString(), Is.EqualTo("EC"));
            Assert.That(jwk.GetProperty("crv").GetString(), Is.EqualTo("P-256"));
            Assert.That(jwk.GetProperty("kid").GetString(), Is.EqualTo("pe-2025-01"));
            Assert.That(jwk.GetProperty("use").GetString(), Is.EqualTo("sig"));
            Assert.That(jwk.GetProperty("alg").GetString(), Is.EqualTo("ES256"));
            Assert.That(jwk.GetProperty("x").GetString(), Does.Match("^[A-Za-z0-9_-]{43}$"));
            Assert.That(jwk.GetProperty("y").GetString(), Does.Match("^[A-Za-z0-9_-]{43}$"));
        });
    }

    [Test]
    public async Task Exported_jwk_read_back_into_a_directory_verifies_what_the_key_signs()
    {
        using var world = new MessagingWorld();
        var directory = Directories.Of(Directories.Partner(MessagingWorld.PeruId, "PE", (world.PeruKey, null, null)));
        var verifier = new EnvelopeVerifier(directory, world.SpainOptions, world.Clock);

        var received = await verifier.VerifyAsync(world.SealRequest().Body);

        Assert.That(received.Errors, Is.Empty);
    }

    [Test]
    public void Unknown_jwk_members_are_ignored_when_reading()
    {
        using var key = GatewayKey.Generate("k1");
        var text = key.ExportPublicJwk().Replace("\"kty\"", "\"key_ops\":[\"verify\"],\"kty\"", StringComparison.Ordinal);

        Assert.That(PublicJwk.Parse(text).ToJson(), Is.EqualTo(key.ExportPublicJwk()));
    }

    [Test]
    public void Refuses_a_private_key_pasted_as_a_partner_key()
    {
        using var key = GatewayKey.Generate("k1");
        var jwk = PublicJwk.Parse(key.ExportPublicJwk());
        jwk.D = "c2VjcmV0";

        Assert.That(jwk.Problems("Jwk", "k1"), Is.EqualTo(new[]
        {
            "Jwk contains a private key ('d'); give only the public JWK that `cooperjus keys generate` prints, and treat that private key as compromised.",
        }));
    }

    [Test]
    public void Refuses_keys_of_another_type_curve_use_or_algorithm()
    {
        var jwk = new PublicJwk { Kty = "RSA", Crv = "P-384", Kid = "other", Use = "enc", Alg = "RS256" };

        Assert.That(jwk.Problems("Jwk", "k1"), Is.EqualTo(new[]
        {
            "Jwk.Kty is 'RSA'; it must be 'EC' (ES256 keys are elliptic-curve keys).",
            "Jwk.Crv is 'P-384'; it must be 'P-256' (the curve of ES256).",
            "Jwk.Kid is 'other' but the key is configured as 'k1'; they must be the same.",
            "Jwk.Use is 'enc'; it must be 'sig' or absent.",
            "Jwk.Alg is 'RS256'; it must be 'ES256' or absent.",
        }));
    }

    [Test]
    public void Refuses_coordinates_of_the_wrong_length()
    {
        var jwk = new PublicJwk { Kty = "EC", Crv = "P-256", X = "AAAA", Y = "AAAA" };

        Assert.That(jwk.Problems("Jwk", "k1"), Is.EqualTo(new[] { "Jwk: x and y must each be 32 bytes in base64url without padding." }));
    }

    [Test]
    public void Names_the_sample_configurations_placeholder_coordinates()
    {
        var jwk = new PublicJwk { Kty = "EC", Crv = "P-256", X = "<from the partner>", Y = "<from the partner>", Kid = "k1" };

        Assert.That(jwk.Problems("Jwk", "k1"), Is.EqualTo(new[]
        {
            "Jwk.X is the placeholder '<from the partner>'; paste the public JWK the partner's `cooperjus keys generate` printed.",
            "Jwk.Y is the placeholder '<from the partner>'; paste the public JWK the partner's `cooperjus keys generate` printed.",
        }));
    }

    [Test]
    public void Refuses_a_point_that_is_not_on_the_curve()
    {
        using var key = GatewayKey.Generate("k1");
        var jwk = PublicJwk.Parse(key.ExportPublicJwk());
        jwk.Y = jwk.X;

        Assert.That(jwk.Problems("Jwk", "k1"), Is.EqualTo(new[] { "Jwk: x and y are not a point on the P-256 curve." }));
    }

    [Test]
    public void A_jwk_without_kid_use_or_alg_is_accepted()
    {
        using var key = GatewayKey.Generate("k1");
        var jwk = PublicJwk.Parse(key.ExportPublicJwk());
        jwk.Kid = null;
        jwk.Use = null;
        jwk.Alg = null;

        Assert.That(jwk.Problems("Jwk", "k1"), Is.Empty);
    }
}

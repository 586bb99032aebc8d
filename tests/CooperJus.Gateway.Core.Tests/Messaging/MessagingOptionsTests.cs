using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>This gateway's protocol settings: documented defaults and start-up validation that lists every problem.</summary>
[TestFixture]
public sealed class MessagingOptionsTests
{
    [Test]
    public void Defaults_accept_ten_mebibyte_envelopes_one_mebibyte_receipts_and_messages_of_any_age()
    {
        var options = new MessagingOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.MaxEnvelopeBytes, Is.EqualTo(10_485_760));
            Assert.That(options.MaxReceiptBytes, Is.EqualTo(1_048_576));
            Assert.That(options.MaxMessageAge, Is.Null);
        });
    }

    [Test]
    public void Lists_every_problem_at_once()
    {
        var options = new MessagingOptions { GatewayId = "Peru", KeyId = "", MaxEnvelopeBytes = 10, MaxReceiptBytes = 0, MaxMessageAge = TimeSpan.FromMinutes(59) };

        Assert.That(options.Validate(), Is.EqualTo(new[]
        {
            "GatewayId 'Peru' is not a gateway id: use 1 to 64 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.",
            "KeyId '' is not a key id: use 1 to 128 letters, digits, dots, underscores, colons or hyphens.",
            "PrivateKeyFile is empty; give the path of the private key file `cooperjus keys generate` wrote.",
            "MaxEnvelopeBytes is 10; it must be at least 1024 and at most 1073741824.",
            "MaxReceiptBytes is 0; it must be at least 1024.",
            "MaxMessageAge is 00:59:00; it must be at least 01:00:00, or absent for no limit.",
        }));
    }

    [Test]
    public void Complete_options_have_no_problems() =>
        Assert.That(new MessagingOptions { GatewayId = "pe-mpfn", KeyId = "pe-2025-01", PrivateKeyFile = "/etc/cooperjus/gateway.key.pem" }.Validate(), Is.Empty);

    [TestCase("pe")]
    [TestCase("pe-mpfn")]
    [TestCase("gw.fiscal.es")]
    [TestCase("a")]
    public void Accepts_gateway_ids_of_lowercase_words(string id)
    {
        using var key = GatewayKey.Generate("k");

        Assert.That(() => new ReceiptSigner(key, id), Throws.Nothing);
    }

    [TestCase("")]
    [TestCase("PE")]
    [TestCase("-pe")]
    [TestCase("pe-")]
    [TestCase("pe mpfn")]
    [TestCase("pe\n")]
    public void Refuses_gateway_ids_that_are_not_lowercase_words(string id)
    {
        using var key = GatewayKey.Generate("k");

        Assert.That(() => new ReceiptSigner(key, id), Throws.ArgumentException);
    }
}

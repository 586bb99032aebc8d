using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Sdk;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>
/// Two gateways that trust each other, sharing one fake clock: Peru (<see cref="PeruId"/>) sends, Spain
/// (<see cref="SpainId"/>) receives and answers with receipts. Each side has its own partner directory, as in life.
/// </summary>
internal sealed class MessagingWorld : IDisposable
{
    public const string PeruId = "pe-mpfn";
    public const string SpainId = "es-fge";
    public const string PeruKid = "pe-2025-01";
    public const string SpainKid = "es-2025-01";

    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public MessagingWorld(long maxEnvelopeBytes = MessagingOptions.DefaultMaxEnvelopeBytes)
    {
        SpainOptions = new MessagingOptions { GatewayId = SpainId, KeyId = SpainKid, PrivateKeyFile = "es.pem", MaxEnvelopeBytes = maxEnvelopeBytes };
        PeruOptions = new MessagingOptions { GatewayId = PeruId, KeyId = PeruKid, PrivateKeyFile = "pe.pem" };
        SpainDirectory = Directories.Of(Directories.Partner(PeruId, "PE", (PeruKey, null, null)));
        PeruDirectory = Directories.Of(Directories.Partner(SpainId, "ES", (SpainKey, null, null)));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public GatewayKey PeruKey { get; } = GatewayKey.Generate(PeruKid);

    public GatewayKey SpainKey { get; } = GatewayKey.Generate(SpainKid);

    public MessagingOptions SpainOptions { get; }

    public MessagingOptions PeruOptions { get; }

    /// <summary>Spain's directory: it knows Peru.</summary>
    public PartnerDirectory SpainDirectory { get; }

    /// <summary>Peru's directory: it knows Spain.</summary>
    public PartnerDirectory PeruDirectory { get; }

    public EnvelopeSigner PeruSigner => new(PeruKey, PeruId, Clock);

    public EnvelopeVerifier SpainVerifier => new(SpainDirectory, SpainOptions, Clock);

    public ReceiptSigner SpainReceipts => new(SpainKey, SpainId);

    public ReceiptVerifier PeruReceiptVerifier => new(PeruDirectory, PeruOptions, Clock);

    public static JsonElement RequestPayload() => JsonSerializer.SerializeToElement(SomeRequests.Full(), CanonicalJson.CompactOptions);

    /// <summary>Peru's request to Spain, sealed now.</summary>
    public SignedEnvelope SealRequest() => PeruSigner.Seal(SomeRequests.Full(), SpainId);

    /// <summary>An envelope from Peru to Spain that the test adjusts with <c>with</c> before signing.</summary>
    public Envelope EnvelopeToSpain() => new()
    {
        MessageId = "0197301c-3f00-7a2b-9c4d-5e6f7a8b9c0d",
        Type = MessageType.CooperationRequest,
        From = PeruId,
        To = SpainId,
        CreatedAt = Clock.GetUtcNow(),
        Payload = RequestPayload(),
    };

    public Task<EnvelopeVerification> SpainReceives(string jws) => SpainVerifier.VerifyAsync(Encoding.ASCII.GetBytes(jws));

    /// <summary>Peru's request, sent, verified and accepted by Spain: the envelope and Spain's receipt.</summary>
    public async Task<(SignedEnvelope Sent, EnvelopeVerification Received, SignedReceipt Receipt)> DeliverAsync()
    {
        var sent = SealRequest();
        var received = await SpainVerifier.VerifyAsync(sent.Body);
        Assert.That(received.Errors, Is.Empty, "Spain should accept Peru's envelope");
        return (sent, received, SpainReceipts.Accept(received));
    }

    public void Dispose()
    {
        PeruKey.Dispose();
        SpainKey.Dispose();
    }
}

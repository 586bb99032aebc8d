using System.Text;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>An envelope and its compact JWS, ready to store in the outbox and POST, byte for byte, to the partner.</summary>
public sealed class SignedEnvelope
{
    internal SignedEnvelope(Envelope envelope, string jws)
    {
        Envelope = envelope;
        Jws = jws;
        Body = Encoding.ASCII.GetBytes(jws);
        PayloadSha256 = Sha256Hex.Of(Body.Span);
    }

    /// <summary>What was signed.</summary>
    public Envelope Envelope { get; }

    /// <summary>The compact JWS. Store it and resend exactly it: a re-signed envelope has other bytes (ECDSA is randomised).</summary>
    public string Jws { get; }

    /// <summary>The JWS as the ASCII bytes of the HTTP body (<c>application/jose</c>).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>SHA-256 of <see cref="Body"/>, lowercase hex: the partner's receipt must carry the same value.</summary>
    public string PayloadSha256 { get; }

    /// <summary>What to remember for checking the receipt (<see cref="ReceiptVerifier"/>).</summary>
    public SentEnvelope Sent => new(Envelope.MessageId, Envelope.To, PayloadSha256);
}

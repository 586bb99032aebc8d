using System.Text;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>A receipt and its compact JWS: the body of the HTTP answer, with the status code that goes with it.</summary>
public sealed class SignedReceipt
{
    internal SignedReceipt(Receipt receipt, string jws)
    {
        Receipt = receipt;
        Jws = jws;
        Body = Encoding.ASCII.GetBytes(jws);
    }

    /// <summary>What was signed.</summary>
    public Receipt Receipt { get; }

    /// <summary>
    /// The compact JWS. For an accepted message, store it with the message in the same transaction: a resend is then
    /// answered with a duplicate receipt that carries exactly this text.
    /// </summary>
    public string Jws { get; }

    /// <summary>The JWS as the ASCII bytes of the HTTP answer (<c>application/jose</c>).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The HTTP status to answer with (<see cref="PartnerProtocol.StatusCodeFor"/>).</summary>
    public int StatusCode => PartnerProtocol.StatusCodeFor(Receipt);
}

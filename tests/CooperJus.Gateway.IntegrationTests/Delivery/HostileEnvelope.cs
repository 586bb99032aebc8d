namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>The envelopes a gateway must refuse, each posted by <see cref="InboundRejectionTests"/>.</summary>
public enum HostileEnvelope
{
    /// <summary>Claims to come from a known partner, signed with a key no directory lists (forged).</summary>
    SignedByUnknownKey,

    /// <summary>Claims a known partner's key id, but is signed with another key (forged).</summary>
    SignedWithAnotherKeyUnderAListedKeyId,

    /// <summary>Signed by a known partner, then one byte of the payload changed (tampered).</summary>
    PayloadByteChanged,

    /// <summary>From a gateway that is not in the partner directory.</summary>
    FromUnknownPartner,

    /// <summary>Signed with one partner's key, claiming to come from another partner.</summary>
    FromAnotherPartnerThanTheKeyOwner,

    /// <summary>Validly signed, but addressed to another gateway.</summary>
    AddressedToAnotherGateway,

    /// <summary>Validly signed, larger than the gateway's MaxEnvelopeBytes.</summary>
    Oversized,

    /// <summary>Validly signed, but its canonical request breaks the JSON Schema.</summary>
    SchemaInvalid,
}

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>One public key of a partner, as configured (<c>Partners:n:Keys:m</c>).</summary>
public sealed class PartnerKeyOptions
{
    /// <summary>The key id the partner puts in the <c>kid</c> header of what it signs. Unique across the whole directory.</summary>
    public string Kid { get; set; } = "";

    /// <summary>The public key as a JWK object, as the partner's <c>cooperjus keys generate</c> printed it.</summary>
    public PublicJwk? Jwk { get; set; }

    /// <summary>The key is not accepted before this instant (minus the clock-skew tolerance). Null: valid from the start.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>The key is not accepted after this instant (plus the clock-skew tolerance). Null: valid until removed.</summary>
    public DateTimeOffset? NotAfter { get; set; }
}

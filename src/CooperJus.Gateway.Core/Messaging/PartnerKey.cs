using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>One public key of a partner, ready to verify with.</summary>
public sealed class PartnerKey
{
    internal PartnerKey(string keyId, string partnerId, DateTimeOffset? notBefore, DateTimeOffset? notAfter, ECDsaSecurityKey securityKey)
    {
        KeyId = keyId;
        PartnerId = partnerId;
        NotBefore = notBefore;
        NotAfter = notAfter;
        SecurityKey = securityKey;
    }

    /// <summary>The key id (<c>kid</c>).</summary>
    public string KeyId { get; }

    /// <summary>The gateway id of the partner that owns the key.</summary>
    public string PartnerId { get; }

    /// <summary>Start of the validity window; null for none.</summary>
    public DateTimeOffset? NotBefore { get; }

    /// <summary>End of the validity window; null for none.</summary>
    public DateTimeOffset? NotAfter { get; }

    internal ECDsaSecurityKey SecurityKey { get; }

    /// <summary>Whether the key may be used at <paramref name="instant"/>, the window widened by <paramref name="skew"/> on both sides.</summary>
    /// <remarks>Written as differences so that windows reaching the ends of the calendar never overflow.</remarks>
    public bool IsValidAt(DateTimeOffset instant, TimeSpan skew) =>
        (NotBefore is not { } notBefore || notBefore - instant <= skew)
        && (NotAfter is not { } notAfter || instant - notAfter <= skew);

    /// <summary>The validity window in words, for error messages.</summary>
    public string DescribeWindow() =>
        $"valid from {NotBefore?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "the start"} "
        + $"until {NotAfter?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "it is removed"}";
}

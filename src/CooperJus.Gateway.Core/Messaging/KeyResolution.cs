namespace CooperJus.Gateway.Core.Messaging;

/// <summary>The result of looking a key id up in the partner directory at an instant.</summary>
/// <param name="Status">Valid, unknown, or outside its validity window.</param>
/// <param name="Key">The key, unless <paramref name="Status"/> is <see cref="KeyResolutionStatus.Unknown"/>.</param>
/// <param name="Partner">The partner owning the key, unless <paramref name="Status"/> is <see cref="KeyResolutionStatus.Unknown"/>.</param>
public sealed record KeyResolution(KeyResolutionStatus Status, PartnerKey? Key, Partner? Partner);

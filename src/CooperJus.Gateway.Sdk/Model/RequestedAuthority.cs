namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The authority asked to assist. Only the country is required: configuration may name the central authority.</summary>
public sealed record RequestedAuthority : Authority;

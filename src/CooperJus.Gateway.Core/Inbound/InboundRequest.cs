namespace CooperJus.Gateway.Core.Inbound;

/// <summary>Where an inbound body comes from, as the HTTP server saw it.</summary>
/// <param name="ClientAddress">
/// The client's address as evidence and rate limits name it (an IPv4 address, or the /64 prefix of an IPv6 one), or
/// null when unknown.
/// </param>
/// <param name="DeclaredLength">The request's <c>Content-Length</c>, when given: a body within the limit is then read into one array of that size.</param>
public sealed record InboundRequest(string? ClientAddress, long? DeclaredLength);

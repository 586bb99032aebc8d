namespace CooperJus.Gateway.Core.Storage;

/// <summary>A request still held (<see cref="IGatewayStore.ListHeldAsync"/>): what a partner serving its country would be sent.</summary>
/// <param name="RequestId">The canonical request id.</param>
/// <param name="CaseReference">The national case reference.</param>
/// <param name="RequestedCountry">ISO 3166-1 alpha-2 code of the requested State, which no partner served when it was held.</param>
/// <param name="Reason">Why it is held.</param>
/// <param name="CanonicalJson">The canonical request to seal.</param>
/// <param name="HeldAt">When it was first held.</param>
public sealed record HeldRequestEntry(string RequestId, string CaseReference, string RequestedCountry, string Reason, string CanonicalJson, DateTimeOffset HeldAt);

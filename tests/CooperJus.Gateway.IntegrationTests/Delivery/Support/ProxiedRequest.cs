namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>One request that reached a <see cref="FakePartner"/>.</summary>
/// <param name="ArrivedAt">When it arrived (system clock).</param>
/// <param name="MessageId">The envelope's message id, read from the JWS payload (unverified), or null.</param>
/// <param name="Forwarded">True when it was passed to the gateway behind the proxy.</param>
/// <param name="AnsweredStatus">The status the sender got, or null when the connection was closed on it.</param>
internal sealed record ProxiedRequest(DateTimeOffset ArrivedAt, string? MessageId, bool Forwarded, int? AnsweredStatus);

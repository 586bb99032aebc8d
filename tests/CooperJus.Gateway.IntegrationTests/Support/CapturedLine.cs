using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>One message a gateway logged (<see cref="CapturedLog"/>).</summary>
internal sealed record CapturedLine(string Category, LogLevel Level, int EventId, string Message);

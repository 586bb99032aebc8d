namespace CooperJus.Gateway.Core.Inbound;

/// <summary>
/// What the partner endpoint answers: an HTTP status and the signed receipt (compact JWS) as body; or, when nothing was
/// recorded (<see cref="RetryAfter"/> set, HTTP 429), no body and when to try again.
/// </summary>
public sealed record InboundAnswer(int StatusCode, ReadOnlyMemory<byte> Receipt, string Outcome)
{
    /// <summary>The outcome of a message whose evidence was not recorded (over the limit for unattributable messages).</summary>
    public const string NotRecorded = "not-recorded";

    /// <summary>When the sender may try again (the <c>Retry-After</c> header), or null.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The answer to a message that was neither recorded nor signed for: 429, try again after <paramref name="retryAfter"/>.</summary>
    public static InboundAnswer TryLater(TimeSpan retryAfter) => new(429, ReadOnlyMemory<byte>.Empty, NotRecorded) { RetryAfter = retryAfter };
}

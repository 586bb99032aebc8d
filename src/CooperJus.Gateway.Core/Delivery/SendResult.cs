namespace CooperJus.Gateway.Core.Delivery;

/// <summary>What one HTTP attempt to a partner brought back.</summary>
/// <param name="StatusCode">HTTP status, or null when no answer came (timeout, refused connection).</param>
/// <param name="Body">The answer's body (a signed receipt when the partner speaks the protocol).</param>
/// <param name="RetryAfter">The partner's <c>Retry-After</c>, when given.</param>
/// <param name="Error">What went wrong on the wire, in words; null when an answer came.</param>
public sealed record SendResult(int? StatusCode, ReadOnlyMemory<byte> Body, TimeSpan? RetryAfter, string? Error)
{
    /// <summary>True for the answers worth trying again: no answer, 408, 429 and 5xx.</summary>
    public bool IsTransient => StatusCode is null or 408 or 429 or >= 500;
}

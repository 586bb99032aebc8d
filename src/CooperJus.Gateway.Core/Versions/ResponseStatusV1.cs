namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// The v1 status a v2 response status is sent as. v1 has six statuses; each v2 one it lacks goes to the v1 status that
/// leads the v1 partner's staff to do what they should, and the v2 status itself is written into the text they read.
/// </summary>
internal static class ResponseStatusV1
{
    private static readonly Dictionary<string, string> Nearest = new(StringComparer.Ordinal)
    {
        // Still to be executed, later: the request is alive.
        ["postponed"] = "in-progress",
        // The requesting side must answer (accept the conditions) before execution goes on, as with information needed.
        ["conditions-proposed"] = "information-needed",
        // Another authority of the requested State executes it: still in progress as far as the requesting side can tell.
        ["forwarded"] = "in-progress",
        // Executed, but not with the measure asked for: the requesting side must look at what was done instead.
        ["measure-substituted"] = "partially-executed",
        // Closed without execution. v1's only such status is refused; the text says it is a withdrawal, not a refusal,
        // and a status that stayed open (in-progress) would leave the request overdue forever in the partner's lists.
        ["withdrawn"] = "refused",
    };

    /// <summary>The v1 status for <paramref name="status"/>, or null when v1 has the status itself.</summary>
    public static string? For(string? status) => status is not null && Nearest.TryGetValue(status, out var v1) ? v1 : null;
}

namespace CooperJus.Gateway.Web;

/// <summary>
/// The outcome of an operator action, carried to the request page as a fixed code in the redirect (never free text:
/// a link someone else crafted must not make the page say something the gateway did not say).
/// </summary>
internal static class OperatorNotices
{
    private static readonly Dictionary<string, (string Text, bool Ok)> Notices = new(StringComparer.Ordinal)
    {
        ["retried"] = ("The message is due now; the running gateway sends it shortly.", true),
        ["replayed"] = ("The dead-lettered message is queued again; its attempts start over and its history is kept.", true),
        ["retry-refused"] = ("Not retried: only a queued or waiting message can be retried.", false),
        ["replay-refused"] = ("Not replayed: only a dead-lettered message can be replayed.", false),
        ["unknown-message"] = ("No outbox message has this id.", false),
    };

    /// <summary>The code for an action's outcome.</summary>
    public static string Code(bool replay, bool allowed, bool known) =>
        !known ? "unknown-message" : (replay, allowed) switch
        {
            (true, true) => "replayed",
            (true, false) => "replay-refused",
            (false, true) => "retried",
            (false, false) => "retry-refused",
        };

    /// <summary>The text of <paramref name="code"/>, or null for no code or one that is not ours.</summary>
    public static (string? Text, bool Ok) Text(string? code) =>
        code is not null && Notices.TryGetValue(code, out var notice) ? notice : (null, false);
}

using Microsoft.AspNetCore.Http;

namespace CooperJus.Gateway.Web;

/// <summary>
/// A stored audit header that no longer parses: someone with write access to the store rewrote it (recomputing its hash
/// column, so only the chain and the checkpoints tell). Reading a request's events then throws
/// <see cref="CooperJus.Gateway.Core.Audit.AuditLogAlteredException"/>; the view and
/// <c>audit show</c> say so in words and point at <c>audit verify</c>, rather than crash with a stack trace.
/// </summary>
internal static class AlteredLog
{
    /// <summary>What the auditor is told, on the terminal and in the browser alike.</summary>
    public const string Message = "a stored audit header of this request is no longer readable: the log was altered; run `cooperjus audit verify`";

    /// <summary>
    /// The page answered instead of the request's: 409, the stored state conflicts with what the view can show (the
    /// server did not fail; the log was altered).
    /// </summary>
    public static IResult Page(Viewer viewer) =>
        PageResults.Page(MessagePage.Render(viewer, "Audit log altered", char.ToUpperInvariant(Message[0]) + Message[1..] + " (or press \"Verify the chain\" above)."), StatusCodes.Status409Conflict);
}

namespace CooperJus.Gateway.Web;

/// <summary>The view's fixed paths.</summary>
internal static class AuditorPaths
{
    /// <summary>Every page of the view is under this path; so are its cookies.</summary>
    public const string Root = "/audit";

    /// <summary>The sign-in form.</summary>
    public const string SignIn = "/audit/sign-in";

    /// <summary>Sign-out (POST).</summary>
    public const string SignOut = "/audit/sign-out";

    /// <summary>Where a reader is sent when an operator's action is asked for.</summary>
    public const string Forbidden = "/audit/forbidden";

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a page of the view, else the search: sign-in never sends anyone to
    /// another site (<c>//evil.example</c>, <c>/\evil.example</c>) or outside the view.
    /// </summary>
    public static string LocalReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && (url == Root || url.StartsWith(Root + "/", StringComparison.Ordinal)) && !url.Contains("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl) && url != SignOut
            ? url
            : Root;
}

namespace CooperJus.Gateway.Web;

/// <summary>The sign-in form. A refusal always reads the same, whether the account exists, the password is wrong or the name is locked.</summary>
internal static class SignInPage
{
    /// <summary>What a refused sign-in says, always.</summary>
    public const string Refused = "Sign-in refused: the account name or the password is wrong. After repeated failures an account is locked for a few minutes.";

    /// <summary>What the page says when one address has tried too often (429).</summary>
    public const string TooManyAttempts = "Too many sign-in attempts from your address. Wait a minute, then sign in again.";

    /// <summary>What the page says when a sign-in from the same address is still being checked (429).</summary>
    public const string StillChecking = "A sign-in from your address is still being checked. Wait for its answer, then try again if needed.";

    /// <summary>What the page says when sign-in is saturated (503).</summary>
    public const string Busy = "Sign-in is busy right now. Try again in a few seconds.";

    /// <summary>What the page says after sign-out.</summary>
    public const string SignedOut = "You are signed out.";

    /// <summary>The page; <paramref name="message"/> is a refusal (<paramref name="refused"/>) or a notice, or null.</summary>
    public static string Render(FormToken token, string returnUrl, string? accountName, string? message, bool refused)
    {
        ArgumentNullException.ThrowIfNull(token);
        return PageFrame.Render("Sign in", null, html =>
        {
            html.Markup("<h1>Sign in</h1>");
            if (message is not null) PageFrame.Notice(html, message, ok: !refused);
            html.Markup("<form method=\"post\" action=\"/audit/sign-in\" style=\"max-width:22em;display:grid;gap:.7em\">")
                .Hidden(token.FieldName, token.Value).Hidden("returnUrl", returnUrl)
                .Markup("<label>Account<input name=\"account\" autocomplete=\"username\" required autofocus").Attribute("value", accountName).Markup("></label>")
                .Markup("<label>Password<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
                .Markup("<button type=\"submit\">Sign in</button></form>")
                .Markup("<p class=\"muted\">Personal data in this view is shown to signed-in auditors only.</p>");
        });
    }
}

namespace CooperJus.Gateway.Web;

/// <summary>One account of the auditor view as configured (<c>AuditorView:Accounts:n</c>).</summary>
public sealed class AuditorAccountOptions
{
    /// <summary>The account name people sign in with, unique (case ignored).</summary>
    public string Name { get; set; } = "";

    /// <summary>The password hash printed by <c>cooperjus accounts hash-password</c>; never the password itself.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary><c>auditor</c> (reads) or <c>operator</c> (reads, retries and replays messages).</summary>
    public string Role { get; set; } = "";
}

namespace CooperJus.Gateway.Web;

/// <summary>A checked account of the auditor view: its name, its parsed password hash and its role.</summary>
/// <param name="Name">The account name as configured (sign-in ignores case).</param>
/// <param name="Hash">The parsed password hash.</param>
/// <param name="Role">One of <see cref="AuditorRoles"/>.</param>
/// <param name="Fingerprint">The SHA-256 of the configured hash string: it changes when the operator sets a new
/// password, which ends the account's sessions and sets aside any hash the gateway upgraded from the old one.</param>
internal sealed record AuditorAccount(string Name, ParsedPasswordHash Hash, string Role, string Fingerprint);

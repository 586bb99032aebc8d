namespace CooperJus.Gateway.Web;

/// <summary>A checked account of the auditor view: its name, its parsed password hash and its role.</summary>
/// <param name="Name">The account name as configured (sign-in ignores case).</param>
/// <param name="Hash">The parsed password hash.</param>
/// <param name="Role">One of <see cref="AuditorRoles"/>.</param>
internal sealed record AuditorAccount(string Name, ParsedPasswordHash Hash, string Role);

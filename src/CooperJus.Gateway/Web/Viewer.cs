namespace CooperJus.Gateway.Web;

/// <summary>Who is looking at a page: the signed-in account and its role, and the token its forms must carry.</summary>
/// <param name="Name">The account name.</param>
/// <param name="Role">One of <see cref="AuditorRoles"/>.</param>
/// <param name="Token">The antiforgery token for this page's forms.</param>
internal sealed record Viewer(string Name, string Role, FormToken Token)
{
    /// <summary>True when the account may retry and replay messages.</summary>
    public bool IsOperator => Role == AuditorRoles.Operator;
}

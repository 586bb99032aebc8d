namespace CooperJus.Gateway.Web;

/// <summary>The antiforgery field every POST form of the view carries: its name and this response's token.</summary>
/// <param name="FieldName">The form field's name.</param>
/// <param name="Value">The request token (its pair is in the antiforgery cookie).</param>
internal sealed record FormToken(string FieldName, string Value);

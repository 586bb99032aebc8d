namespace CooperJus.Gateway.Core.Messaging;

/// <summary>One reason a message or a receipt was refused.</summary>
/// <param name="Rule">Stable lowercase dotted rule id, for example <c>envelope.bad-signature</c> (see <see cref="MessagingRules"/>).</param>
/// <param name="Message">The reason in words, for the operator on the other side.</param>
public sealed record ProtocolError(string Rule, string Message);

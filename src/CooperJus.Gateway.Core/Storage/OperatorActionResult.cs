namespace CooperJus.Gateway.Core.Storage;

/// <summary>What an operator action (retry now, replay) did, with enough to print a precise message.</summary>
/// <param name="Allowed">True when the action was taken (the message is now due).</param>
/// <param name="StateBefore">The message's state before the action, or null when no message has that id.</param>
public sealed record OperatorActionResult(bool Allowed, OutboxState? StateBefore);

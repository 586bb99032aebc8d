namespace CooperJus.Gateway.Cli;

/// <summary>An input or argument problem the user can fix; printed as one sentence, exit code 2, no stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);

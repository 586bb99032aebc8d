namespace CooperJus.Gateway.Hosting;

/// <summary>The gateway cannot start; the message lists every reason at once, so one edit of the configuration fixes them all.</summary>
public sealed class StartupException(string message) : Exception(message);

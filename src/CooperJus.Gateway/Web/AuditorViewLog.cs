using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// What the view logs: sign-ins, refusals, locks and operator actions, by configured account name and ids only. Never
/// a password, a person's name or identity number, a search, nor a name typed at sign-in that is no account (it may be
/// a password typed in the wrong field, and it could forge log lines).
/// </summary>
internal static partial class AuditorViewLog
{
    /// <summary>The log category.</summary>
    public const string Category = "CooperJus.Gateway.Web.AuditorView";

    /// <summary>What the log says instead of a name that is no account.</summary>
    public const string NotAnAccount = "(not an account)";

    [LoggerMessage(4001, LogLevel.Information, "Auditor view: {Account} signed in as {Role}")]
    public static partial void SignedIn(ILogger logger, string account, string role);

    [LoggerMessage(4002, LogLevel.Warning, "Auditor view: sign-in refused for account name {Account} from {Remote}")]
    public static partial void Refused(ILogger logger, string account, string? remote);

    [LoggerMessage(4003, LogLevel.Warning, "Auditor view: account name {Account} locked for {Duration} after repeated wrong passwords")]
    public static partial void Locked(ILogger logger, string account, TimeSpan duration);

    [LoggerMessage(4004, LogLevel.Warning, "Auditor view: sign-in refused for locked account name {Account} from {Remote}")]
    public static partial void RefusedLocked(ILogger logger, string account, string? remote);

    [LoggerMessage(4005, LogLevel.Information, "Auditor view: {Account} signed out")]
    public static partial void SignedOut(ILogger logger, string account);

    [LoggerMessage(4006, LogLevel.Information, "Auditor view: {Account} asked to {Action} message {MessageId}: {Outcome}")]
    public static partial void OperatorAction(ILogger logger, string account, string action, string messageId, string outcome);

    [LoggerMessage(4007, LogLevel.Warning, "Auditor view: the accounts were not reloaded, the last good ones stay in force: {Reason}")]
    public static partial void AccountsNotReloaded(ILogger logger, string reason);

    [LoggerMessage(4008, LogLevel.Information, "Auditor view: accounts reloaded from the configuration ({Count} accounts); sessions of removed or changed accounts end")]
    public static partial void AccountsReloaded(ILogger logger, int count);

    [LoggerMessage(4009, LogLevel.Information, "Auditor view: a session of {Account} ended: {Reason}")]
    public static partial void SessionEnded(ILogger logger, string account, string reason);

    [LoggerMessage(4010, LogLevel.Debug, "Auditor view: sign-in from {Remote} refused without a check: {Reason}")]
    public static partial void SignInShed(ILogger logger, string? remote, string reason);

    [LoggerMessage(4011, LogLevel.Warning, "Auditor view: the configured password hash of {Account} has {Iterations} iterations; the gateway rehashed it with {Current} and uses that from now on. Copy it from {File} into AuditorView:Accounts (the old hash in the configuration is weaker)")]
    public static partial void PasswordUpgraded(ILogger logger, string account, int iterations, int current, string file);

    [LoggerMessage(4012, LogLevel.Warning, "Auditor view: the rehashed password of {Account} could not be saved to {File} ({Reason}); it is used until the gateway stops")]
    public static partial void UpgradeNotSaved(ILogger logger, string account, string file, string reason);

    [LoggerMessage(4013, LogLevel.Warning, "Auditor view: {File} could not be read ({Reason}); the configured password hashes are used")]
    public static partial void UpgradesUnreadable(ILogger logger, string file, string reason);
}

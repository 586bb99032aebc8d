using CooperJus.Gateway.Core.Versions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Logs every message sent or received in an older canonical version than the gateway's own, with the canonical path
/// of each field not carried as it was (paths name fields, never their values: no personal data). The same is in the
/// audit trail (<c>message.downgraded</c>, <c>message.upgraded</c>); the log is where an operator sees it happen.
/// </summary>
internal sealed partial class VersionLog(GatewayServices services, ILogger<VersionLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.Submitter.Downgraded += OnSent;
        services.HeldReleaser.Downgraded += OnReleased;
        services.Inbound.Upgraded += OnReceived;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        services.Submitter.Downgraded -= OnSent;
        services.HeldReleaser.Downgraded -= OnReleased;
        services.Inbound.Upgraded -= OnReceived;
        return Task.CompletedTask;
    }

    private void OnSent(DowngradeReport report) => LogSentDowngraded(logger, report.MessageType, report.MessageId, report.PartnerId, report.Version, report.Notes.Count, report.Paths);

    private void OnReleased(DowngradeReport report) => LogReleasedDowngraded(logger, report.MessageId, report.PartnerId, report.Version, report.Notes.Count, report.Paths);

    private void OnReceived(UpgradeReport report) =>
        LogReceivedUpgraded(logger, report.MessageType, report.MessageId, report.PartnerId, report.Version, report.Notes.Count, string.Join(", ", report.Notes.Select(n => n.CanonicalPath)));

    [LoggerMessage(1004, LogLevel.Warning, "The {Type} {MessageId} to {Partner} was sealed in canonical version {Version}, the highest the partner reads; {Count} field(s) not carried as they were: {Paths}")]
    private static partial void LogSentDowngraded(ILogger logger, string type, string messageId, string partner, string version, int count, string paths);

    [LoggerMessage(8105, LogLevel.Warning, "The released request {MessageId} to {Partner} was sealed in canonical version {Version}, the highest the partner reads; {Count} field(s) not carried as they were: {Paths}")]
    private static partial void LogReleasedDowngraded(ILogger logger, string messageId, string partner, string version, int count, string paths);

    [LoggerMessage(6003, LogLevel.Information, "The {Type} {MessageId} from {Partner} came in canonical version {Version} and was read as 2.0; {Count} field(s) not carried: {Paths}")]
    private static partial void LogReceivedUpgraded(ILogger logger, string type, string messageId, string partner, string version, int count, string paths);
}

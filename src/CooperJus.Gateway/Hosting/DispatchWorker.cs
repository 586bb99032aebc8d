using CooperJus.Gateway.Core.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>Runs the outbox dispatcher for the life of the host and logs each message's fate (ids only, never personal data).</summary>
internal sealed partial class DispatchWorker(GatewayServices services, ILogger<DispatchWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        services.Dispatcher.Reported += report =>
        {
            switch (report.State)
            {
                case DeliveryState.Delivered: LogDelivered(logger, report.MessageId, report.PartnerId, report.Detail); break;
                case DeliveryState.DeadLettered: LogDeadLettered(logger, report.MessageId, report.PartnerId, report.Detail); break;
                default: LogRetry(logger, report.MessageId, report.PartnerId, report.Detail); break;
            }
        };
        return services.Dispatcher.RunAsync(stoppingToken);
    }

    [LoggerMessage(2001, LogLevel.Information, "Message {MessageId} delivered to {Partner} ({Outcome})")]
    private static partial void LogDelivered(ILogger logger, string messageId, string partner, string outcome);

    [LoggerMessage(2002, LogLevel.Warning, "Message {MessageId} to {Partner} will be retried: {Reason}")]
    private static partial void LogRetry(ILogger logger, string messageId, string partner, string reason);

    [LoggerMessage(2003, LogLevel.Error, "Message {MessageId} to {Partner} dead-lettered: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, string messageId, string partner, string reason);
}

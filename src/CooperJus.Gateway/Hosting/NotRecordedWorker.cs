using CooperJus.Gateway.Core.Audit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Once per <see cref="PartnerEndpointOptions.UnattributedWindow"/> (and once more at shutdown), writes what the limit
/// on unattributable messages did not record to the audit log, one <see cref="AuditEventKinds.InboundNotRecorded"/>
/// event with the count per client address, and logs it as a warning: an auditor sees that messages were turned away
/// unrecorded, how many and from where, though not what they were.
/// </summary>
internal sealed partial class NotRecordedWorker(GatewayServices services, TimeProvider clock, ILogger<NotRecordedWorker> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await RecordAsync(CancellationToken.None).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(services.PartnerEndpoint.UnattributedWindow, clock);
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false)) await RecordAsync(stoppingToken).ConfigureAwait(false);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RecordAsync(CancellationToken cancellationToken)
    {
        if (services.NotRecorded.Drain() is not { } summary) return;
        LogNotRecorded(logger, summary.Count, summary.ByAddress.Count, summary.From, summary.Until, summary.Top.Key, summary.Top.Value);
        try
        {
            await services.Store.Audit.AppendAsync([summary.ToAuditEntry()], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException or OperationCanceledException)
        {
            LogNotWritten(logger, summary.Count, e.Message);
        }
    }

    [LoggerMessage(6001, LogLevel.Warning,
        "{Count} unattributable messages from {Addresses} client addresses were answered (429, or 413 when too large to read) and not recorded between {From:O} and {Until:O} (most from {TopAddress}: {TopCount})")]
    private static partial void LogNotRecorded(ILogger logger, long count, int addresses, DateTimeOffset from, DateTimeOffset until, string topAddress, long topCount);

    [LoggerMessage(6002, LogLevel.Error, "The count of {Count} unattributable messages not recorded could not be written to the audit log: {Reason}")]
    private static partial void LogNotWritten(ILogger logger, long count, string reason);
}

using CooperJus.Gateway.Core.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Keeps the audit log honest over time: records the configuration the gateway started with (when it changed), signs
/// a checkpoint of the log's head every <see cref="AuditOptions.CheckpointInterval"/> and once more at shutdown, and
/// prunes old bodies when retention is configured.
/// </summary>
internal sealed partial class AuditWorker(GatewayServices services, IConfiguration configuration, AuditHealth health, TimeProvider clock, ILogger<AuditWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        StartCheckpointAge();
        await RecordConfigurationAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // The events of the last minutes before a planned stop are pinned too.
        await CheckpointAsync(CancellationToken.None).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPrune = clock.GetUtcNow();
        using var timer = new PeriodicTimer(services.AuditSettings.CheckpointInterval, clock);
        do
        {
            await CheckpointAsync(stoppingToken).ConfigureAwait(false);
            if (services.AuditSettings.RetainBodiesDays > 0 && clock.GetUtcNow() >= nextPrune)
            {
                await PruneAsync(stoppingToken).ConfigureAwait(false);
                nextPrune = clock.GetUtcNow() + PruneEvery;
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
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

    /// <summary>
    /// The checkpoint age counts from the last checkpoint in the file when there is one: the head was covered then, and
    /// not since if signing fails from the first pass on. Without one (or an unreadable file, which the first pass
    /// reports) it counts from the start.
    /// </summary>
    private void StartCheckpointAge()
    {
        try
        {
            if (services.Checkpoints.LastCheckpoint() is { } last) services.Metrics.CheckpointCovered(last.At);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AuditCheckpointException)
        {
            // Left to the first checkpoint pass, which logs why (5002, 5004).
        }
    }

    private async Task RecordConfigurationAsync(CancellationToken cancellationToken)
    {
        var current = ConfigurationRecord.Entry(configuration.AsEnumerable());
        var last = await services.Store.Audit.GetLastAsync(AuditEventKinds.ConfigurationChanged, cancellationToken).ConfigureAwait(false);
        if (!ConfigurationRecord.IsSame(last, current)) await services.Store.Audit.AppendAsync([current], cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            var checkpoint = await services.Checkpoints.WriteAsync(services.Store.Audit, clock, cancellationToken).ConfigureAwait(false);
            // Signed now, or nothing new since the last one: either way the head is covered.
            services.Metrics.CheckpointCovered(clock.GetUtcNow());
            if (checkpoint is not null)
            {
                health.Signed(checkpoint);
                LogCheckpoint(logger, checkpoint.Sequence, services.Checkpoints.FilePath);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            LogCheckpointFailed(logger, services.Checkpoints.FilePath, e.Message);
        }
        catch (AuditCheckpointException e)
        {
            // The gateway keeps working (the log still records everything); only signing stops until someone looks.
            health.Refused();
            LogCheckpointRefused(logger, e.Message);
        }
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddDays(-services.AuditSettings.RetainBodiesDays);
        var pruned = await services.Store.Audit.PruneBodiesAsync(before, AuditActors.Gateway, cancellationToken).ConfigureAwait(false);
        if (pruned > 0) LogPruned(logger, pruned, services.AuditSettings.RetainBodiesDays);
    }

    [LoggerMessage(5001, LogLevel.Debug, "Audit checkpoint signed at event {Sequence} in {File}")]
    private static partial void LogCheckpoint(ILogger logger, long sequence, string file);

    [LoggerMessage(5002, LogLevel.Error, "The audit checkpoint could not be written to {File}, will retry: {Reason}")]
    private static partial void LogCheckpointFailed(ILogger logger, string file, string reason);

    [LoggerMessage(5004, LogLevel.Critical, "No audit checkpoint is signed until this is resolved: {Reason}")]
    private static partial void LogCheckpointRefused(ILogger logger, string reason);

    [LoggerMessage(5003, LogLevel.Information, "Retention pruned {Count} audit bodies older than {Days} days (their hashes stay)")]
    private static partial void LogPruned(ILogger logger, long count, int days);
}

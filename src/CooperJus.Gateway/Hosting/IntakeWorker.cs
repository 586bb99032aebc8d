using System.Diagnostics;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>Scans the intake folder: first the files a previous run had claimed, then whatever is dropped.</summary>
internal sealed partial class IntakeWorker(GatewayServices services, TimeProvider clock, ILogger<IntakeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = new IntakeFolder(services.Intake, clock);
        foreach (var pending in folder.PendingClaims()) await ProcessAsync(folder, pending, stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var claimed in folder.ClaimReady()) await ProcessAsync(folder, claimed, stoppingToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(services.Gateway.IntakeScanInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ProcessAsync(IntakeFolder folder, ClaimedFile file, CancellationToken stoppingToken)
    {
        // The root of every request's trace: the requests the file carries are sealed inside it (OutboundSubmitter).
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.IntakeFile, ActivityKind.Consumer);
        activity?.SetTag("cooperjus.intake.bytes", file.Size);
        var verdict = await folder.ProcessAsync(file, services.Submitter, stoppingToken).ConfigureAwait(false);
        var outcome = verdict.Succeeded ? "processed" : "failed";
        services.Metrics.IntakeFile(outcome);
        activity?.SetTag("cooperjus.intake.outcome", outcome);
        if (!verdict.Succeeded) LogFailed(logger, file.OriginalName);
        else if (verdict.RejectedReport is not null) LogProcessedWithRejections(logger, file.OriginalName);
        else LogProcessed(logger, file.OriginalName, file.Size);
    }

    [LoggerMessage(1001, LogLevel.Information, "Intake file {File} ({Bytes} bytes) processed")]
    private static partial void LogProcessed(ILogger logger, string file, long bytes);

    [LoggerMessage(1003, LogLevel.Warning, "Intake file {File} processed, but some of its records were rejected; a copy waits in rejected/ with a report of the records to fix")]
    private static partial void LogProcessedWithRejections(ILogger logger, string file);

    [LoggerMessage(1002, LogLevel.Warning, "Intake file {File} had rejections; it is in failed/ with a report")]
    private static partial void LogFailed(ILogger logger, string file);
}

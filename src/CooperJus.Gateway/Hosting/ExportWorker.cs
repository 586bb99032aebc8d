using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>Writes received messages into the national export folder as soon as they are stored (and at start, whatever a crash left).</summary>
internal sealed partial class ExportWorker(GatewayServices services, TimeProvider clock, ILogger<ExportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        services.Inbound.Stored += () => _wake.Writer.TryWrite(true);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var exported = await services.Exporter.ExportPendingAsync(stoppingToken).ConfigureAwait(false);
                if (exported > 0) LogExported(logger, exported);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(Poll);
                await _wake.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
                _wake.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed: look again.
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                // A full disk, a locked folder or a busy store is waited out; the messages stay in the store.
                LogExportFailed(logger, e.Message);
                await Task.Delay(Poll, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(3001, LogLevel.Information, "{Count} message(s) written to the national export folder")]
    private static partial void LogExported(ILogger logger, int count);

    [LoggerMessage(3002, LogLevel.Error, "Writing to the national export folder failed, will retry: {Reason}")]
    private static partial void LogExportFailed(ILogger logger, string reason);
}

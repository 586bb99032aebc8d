using System.Diagnostics;
using CooperJus.Gateway.Benchmarks.Reporting;
using CooperJus.Gateway.Core.Delivery;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// (2): time from a restart of the sending gateway to its first delivery, with a large outbox queued. The outbox is
/// filled directly through <see cref="IGatewayStore.EnqueueAsync"/> while the sender is stopped. Then the sender is
/// started as a <c>cooperjus run</c> process (the clock runs from <see cref="Process.Start()"/> to the log line of
/// its first delivery) and killed with SIGKILL; then started again inside this process; then the store calls a
/// starting dispatcher makes are timed one by one on the same outbox, to show where the time goes.
/// </summary>
internal static class RestartMeasurement
{
    private const int FillBatch = 1000;
    private static readonly TimeSpan FirstDeliveryDeadline = TimeSpan.FromMinutes(2);

    public static async Task<RestartFigures> RunAsync(LocalGateway sender, LocalGateway receiver, SignedRequests requests, string adapters, int queued, CancellationToken cancellationToken)
    {
        Progress.Say($"(2) signing and enqueueing {queued:N0} messages into the stopped sender's outbox");
        var (signing, storing) = await FillAsync(sender.StorePath, requests, queued, cancellationToken);
        var bytes = new[] { "", "-wal" }.Select(suffix => new FileInfo(sender.StorePath + suffix)).Where(f => f.Exists).Sum(f => f.Length);
        Progress.Say("(2) restarting the sender as a cooperjus process");
        var process = await ProcessRestartAsync(sender, receiver, adapters, cancellationToken);
        Progress.Say("(2) restarting the sender inside this process");
        var inProcess = await InProcessRestartAsync(sender.Settings(receiver, adapters), cancellationToken);
        Progress.Say("(2) timing the dispatcher's start-up store calls");
        var calls = await StoreCallsAsync(sender, receiver.Id, cancellationToken);
        return new RestartFigures(queued, signing, storing, bytes, process, inProcess, calls);
    }

    private static async Task<(TimeSpan Signing, TimeSpan Storing)> FillAsync(string storePath, SignedRequests requests, int queued, CancellationToken cancellationToken)
    {
        await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = storePath }, TimeProvider.System, cancellationToken);
        var signing = new Stopwatch();
        var storing = new Stopwatch();
        for (var first = 0; first < queued; first += FillBatch)
        {
            signing.Start();
            var batch = new OutgoingMessage[Math.Min(FillBatch, queued - first)];
            Parallel.For(0, batch.Length, i => batch[i] = requests.Create("queued", first + i));
            signing.Stop();
            storing.Start();
            await store.EnqueueAsync(batch, cancellationToken);
            storing.Stop();
        }
        return (signing.Elapsed, storing.Elapsed);
    }

    private static async Task<List<(string, TimeSpan)>> ProcessRestartAsync(LocalGateway sender, LocalGateway receiver, string adapters, CancellationToken cancellationToken)
    {
        var config = sender.WriteConfig(sender.Settings(receiver, adapters,
        [
            new("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information"),
            new("Logging:LogLevel:CooperJus.Gateway.Hosting.DispatchWorker", "Information"),
        ]), "restart.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = sender.Root };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "cooperjus.dll"), "run", "--config", config }) start.ArgumentList.Add(argument);
        var steps = new List<(string, TimeSpan)>();
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cooperjus did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            lock (steps)
            {
                if (e.Data is null || delivered.Task.IsCompleted) return;
                if (e.Data.Contains("Now listening on", StringComparison.Ordinal)) steps.Add(("listening (Kestrel started)", clock.Elapsed));
                else if (e.Data.Contains("Application started", StringComparison.Ordinal)) steps.Add(("host started", clock.Elapsed));
                else if (e.Data.Contains("DispatchWorker[2001]", StringComparison.Ordinal))
                {
                    steps.Add(("first message delivered", clock.Elapsed));
                    delivered.TrySetResult();
                }
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await delivered.Task.WaitAsync(FirstDeliveryDeadline, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (errors) throw new InvalidOperationException($"The restarted sender delivered nothing within {FirstDeliveryDeadline}:\n{errors}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        lock (steps) return [.. steps];
    }

    private static async Task<List<(string, TimeSpan)>> InProcessRestartAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var app = await GatewayHost.BuildAsync(null, settings, cancellationToken);
        var built = clock.Elapsed;
        var services = app.Services.GetRequiredService<GatewayServices>();
        var delivered = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        services.Dispatcher.Reported += report =>
        {
            if (report.State == DeliveryState.Delivered) delivered.TrySetResult(clock.Elapsed);
        };
        await app.StartAsync(cancellationToken);
        var started = clock.Elapsed;
        var first = await delivered.Task.WaitAsync(FirstDeliveryDeadline, cancellationToken);
        await app.StopAsync(CancellationToken.None);
        return [("host built (configuration, adapters, key, store opened)", built), ("host started", started), ("first message delivered", first)];
    }

    private static async Task<List<(string, TimeSpan)>> StoreCallsAsync(LocalGateway sender, string partnerId, CancellationToken cancellationToken)
    {
        var owner = sender.Id + "-bench";
        var calls = new List<(string, TimeSpan)>();
        async Task<T> Timed<T>(string call, Func<Task<T>> run)
        {
            var clock = Stopwatch.StartNew();
            var result = await run();
            calls.Add((call, clock.Elapsed));
            return result;
        }
        await using var store = await Timed("SqliteGatewayStore.OpenAsync (migrations checked)", () => SqliteGatewayStore.OpenAsync(new StoreOptions { Path = sender.StorePath }, TimeProvider.System, cancellationToken));
        await Timed("ReleaseLeasesOfOwnerAsync", () => store.ReleaseLeasesOfOwnerAsync(owner, cancellationToken));
        await Timed("GetDuePartnersAsync", () => store.GetDuePartnersAsync(cancellationToken));
        await Timed("GetEarliestDueAsync", () => store.GetEarliestDueAsync(null, cancellationToken));
        var leased = await Timed($"LeaseDueAsync ({new DeliveryOptions().BatchSize} messages)", () => store.LeaseDueAsync(partnerId, owner, new DeliveryOptions().BatchSize, cancellationToken));
        foreach (var message in leased) await store.ReleaseLeaseAsync(message.Lease, cancellationToken);
        await Timed("CountByPartnerAsync (health endpoint)", () => store.CountByPartnerAsync(cancellationToken));
        await Timed("ListUnexportedInboundAsync (export worker)", () => store.ListUnexportedInboundAsync(0, 100, cancellationToken));
        return calls;
    }
}

using CooperJus.Gateway.Hosting;
using System.Diagnostics;
using System.Text;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// The running pair of the crash test: waits for points of the run by polling with a deadline, kills and restarts a
/// gateway, and explains where things stand when a deadline passes.
/// </summary>
internal sealed class CrashRun
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly LocalGateway _sender;
    private readonly GatewayProcess _senderProcess;
    private readonly LocalGateway _receiver;
    private readonly GatewayProcess _receiverProcess;
    private readonly IReadOnlyList<string> _expected;
    private readonly Stopwatch _clock;

    public CrashRun(LocalGateway sender, GatewayProcess senderProcess, LocalGateway receiver, GatewayProcess receiverProcess, IReadOnlyList<string> expected, Stopwatch clock)
    {
        _sender = sender;
        _senderProcess = senderProcess;
        _receiver = receiver;
        _receiverProcess = receiverProcess;
        _expected = expected;
        _clock = clock;
    }

    /// <summary>Waits for the step's moment and its random delay, kills its gateway, and starts it again.</summary>
    public async Task<KillRecord> KillAsync(KillStep step, TimeSpan deadline, CancellationToken cancellationToken)
    {
        await WaitForAsync(step.IsDue, $"the moment '{step.Moment}'", deadline, cancellationToken).ConfigureAwait(false);
        await Task.Delay(step.Delay, cancellationToken).ConfigureAwait(false); // The randomness of the kill, not a synchronisation.
        var progress = await TakeAsync(cancellationToken).ConfigureAwait(false);
        var at = _clock.Elapsed;
        var process = step.KillsReceiver ? _receiverProcess : _senderProcess;
        process.Kill();
        var restart = Stopwatch.StartNew();
        await process.StartAsync(cancellationToken).ConfigureAwait(false);
        var record = new KillRecord(step, at, progress, restart.Elapsed);
        await TestContext.Progress.WriteLineAsync("  " + record).ConfigureAwait(false);
        return record;
    }

    /// <summary>Waits until every request is exported, every intake file filed and the sender's outbox empty; returns when.</summary>
    public async Task<TimeSpan> WaitUntilCompleteAsync(TimeSpan deadline, CancellationToken cancellationToken)
    {
        await WaitForAsync(p => p.Exported >= _expected.Count && !p.IntakeUnderWay && p.SenderQueues is { Pending: 0 },
            "the end of the run", deadline, cancellationToken).ConfigureAwait(false);
        return _clock.Elapsed;
    }

    /// <summary>What both processes printed last.</summary>
    public string Processes() => _senderProcess.Describe() + Environment.NewLine + _receiverProcess.Describe();

    private async Task WaitForAsync(Func<CrashProgress, bool> reached, string what, TimeSpan deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            var progress = await TakeAsync(cancellationToken).ConfigureAwait(false);
            if (progress.Failed > 0 || progress.SenderQueues is { DeadLettered: > 0 })
                Assert.Fail($"The sender gave up on something while waiting for {what}.{Environment.NewLine}{Explain(progress)}");
            if (reached(progress)) return;
            if (_clock.Elapsed > deadline)
                Assert.Fail($"{what} was not reached within {deadline.TotalSeconds:0} s of the drop.{Environment.NewLine}{Explain(progress)}");
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<CrashProgress> TakeAsync(CancellationToken cancellationToken) =>
        CrashProgress.TakeAsync(_sender, _senderProcess, _receiver, cancellationToken);

    private string Explain(CrashProgress progress)
    {
        var (found, unreadable) = FortunyExport.References(_receiver.ExportFolder);
        var missing = _expected.Where(r => !found.ContainsKey(r)).ToList();
        var duplicated = found.Where(f => f.Value.Count > 1).Select(f => f.Key).ToList();
        var text = new StringBuilder()
            .AppendLine($"At {_clock.Elapsed.TotalSeconds:0.0} s: {progress}")
            .AppendLine($"Spain's export: {found.Count} distinct requests; {missing.Count} missing (first: {string.Join(", ", missing.Take(10))}); " +
                        $"{duplicated.Count} duplicated ({string.Join(", ", duplicated.Take(10))}); {unreadable.Count} unreadable files.");
        foreach (var report in Directory.EnumerateFiles(Path.Combine(_sender.IntakeFolder, Core.Intake.IntakeFolder.FailedFolder), "*.report.txt").Take(3))
            text.AppendLine($"{Path.GetFileName(report)}:").AppendLine(File.ReadAllText(report));
        return text.Append(Processes()).ToString();
    }
}

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>A crash as it happened: the step, when, and what the run was doing at that instant.</summary>
internal sealed record KillRecord(KillStep Step, TimeSpan At, CrashProgress Progress, TimeSpan Restart)
{
    public override string ToString() =>
        $"{At.TotalSeconds,6:0.0} s  kill -9 {(Step.KillsReceiver ? "RECEIVER" : "sender")} {Step.Delay.TotalMilliseconds:0} ms after {Step.Moment}" +
        $"{(Progress.IntakeUnderWay ? " [during intake]" : "")}{(Progress.DispatchUnderWay ? " [during dispatch]" : "")}; " +
        $"{Progress}; back in {Restart.TotalSeconds:0.0} s";
}

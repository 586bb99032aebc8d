using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using CooperJus.Gateway.Hosting;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>Prints the figures of <c>delivery</c> as tables on standard output.</summary>
internal static class DeliveryTables
{
    /// <summary>The target of (1): the gateways deliver at least this share of the plain POST rate.</summary>
    public const double RateTarget = 0.3;

    public static void Write(TextWriter output, DeliveryRun run, IReadOnlyList<ThroughputRound> rounds, IReadOnlyList<(string Step, TimeSpan PerMessage)> costs, RestartFigures restart)
    {
        ArgumentNullException.ThrowIfNull(output);
        Line(output, $"CooperJus delivery benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {BuildOf(typeof(GatewayHost).Assembly)} build of the gateway; load average {run.LoadBefore} -> {LoadAverage()}");
        Line(output, $"adapters: {run.Adapters}");
        Line(output, $"messages: copies of the canonical requests to Spain in samples/PE/expected, signed envelope {run.EnvelopeBytes:N0} bytes on average");
        output.WriteLine();
        WriteThroughput(output, run, rounds);
        WriteCosts(output, costs);
        output.WriteLine();
        WriteRestart(output, restart);
    }

    /// <summary>The 1-minute load average now, or "?" where /proc is missing.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void WriteThroughput(TextWriter output, DeliveryRun run, IReadOnlyList<ThroughputRound> rounds)
    {
        Line(output, $"(1) messages/s delivered end to end (sign, durable outbox, POST, verify, validate, inbox, signed receipt, receipt verified and stored),");
        Line(output, $"    against plain POSTs of the same bodies between the same two processes; {run.Concurrency} at once in both cases");
        output.WriteLine("    round  messages  plain msg/s  gateway msg/s   ratio  exported msg/s  signing s  enqueue s  retries  CPU ms/msg sender+receiver  cores busy  plain CPU ms/msg");
        for (var i = 0; i < rounds.Count; i++)
        {
            var r = rounds[i];
            Line(output, $"    {i + 1,5}  {r.Messages,8:N0}  {r.PlainRate,11:N0}  {r.GatewayRate,13:N1}  {r.Ratio,6:0.000}  {r.ExportedRate,14:N1}  {r.Signing.TotalSeconds,9:0.00}  {r.Enqueueing.TotalSeconds,9:0.00}  {r.Retries,7}  {r.SenderCpu.TotalMilliseconds / r.Messages,12:0.00} + {r.ReceiverCpu.TotalMilliseconds / r.Messages,5:0.00}      {r.CoresBusy,10:0.00}  {r.PlainCpu.TotalMilliseconds / r.Messages,16:0.000}");
        }
        var median = rounds.OrderBy(r => r.Ratio).ElementAt(rounds.Count / 2);
        Line(output, $"    median ratio {median.Ratio:0.000} (gateway {median.GatewayRate:N1} msg/s, plain {median.PlainRate:N0} msg/s): target >= {RateTarget:0.0} {(median.Ratio >= RateTarget ? "MET" : "MISSED")}");
        Line(output, $"    per message, median round: gateway {1000 / median.GatewayRate:0.00} ms, plain {1000 / median.PlainRate:0.000} ms; signing {median.Signing.TotalMilliseconds / median.Messages:0.000} ms and enqueueing {median.Enqueueing.TotalMilliseconds / median.Messages:0.000} ms of it run beside delivery");
    }

    private static void WriteCosts(TextWriter output, IReadOnlyList<(string Step, TimeSpan PerMessage)> costs)
    {
        Line(output, $"    where the time goes: each step alone, one message at a time, ms per message");
        foreach (var (step, perMessage) in costs) Line(output, $"      {perMessage.TotalMilliseconds,8:0.000}  {step}");
    }

    private static void WriteRestart(TextWriter output, RestartFigures restart)
    {
        Line(output, $"(2) restart to first delivery with {restart.Queued:N0} messages queued (store {restart.DatabaseBytes / 1024.0 / 1024:N0} MiB)");
        Line(output, $"    filled while stopped: signing {restart.Signing.TotalSeconds:0.0} s (2 threads), EnqueueAsync {restart.Storing.TotalSeconds:0.0} s ({restart.Queued / restart.Storing.TotalSeconds:N0} msg/s in batches of 1,000)");
        output.WriteLine("    `dotnet cooperjus.dll run`, from Process.Start:");
        foreach (var (step, at) in restart.Process) Line(output, $"      {at.TotalSeconds,7:0.000} s  {step}");
        Line(output, $"      target < {RestartFigures.Target.TotalSeconds:0} s: {(restart.ProcessFirstDelivery < RestartFigures.Target ? "MET" : "MISSED")}");
        output.WriteLine("    the host inside this process (runtime already started), from GatewayHost.BuildAsync:");
        foreach (var (step, at) in restart.InProcess) Line(output, $"      {at.TotalSeconds,7:0.000} s  {step}");
        output.WriteLine("    the store calls of a starting dispatcher, each alone on the full outbox:");
        foreach (var (call, took) in restart.StoreCalls) Line(output, $"      {took.TotalMilliseconds,9:0.0} ms  {call}");
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static string BuildOf(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "DEBUG (not optimised: use -c Release)" : "Release";
}

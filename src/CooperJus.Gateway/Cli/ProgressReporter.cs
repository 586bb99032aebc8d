using System.Diagnostics;
using CooperJus.Gateway.Core.Translation;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// Shows records/s and counts on one refreshed line of an interactive terminal; silent when output is redirected,
/// so logs and CI output stay clean.
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastShown;

    public void Update(TranslationSummary summary)
    {
        if (!_enabled || _watch.Elapsed - _lastShown < Interval) return;
        _lastShown = _watch.Elapsed;
        Console.Error.Write($"\r{Line(summary)}   ");
    }

    public void Finish(TranslationSummary summary)
    {
        if (_enabled && _lastShown > TimeSpan.Zero) Console.Error.WriteLine($"\r{Line(summary)}   ");
    }

    private string Line(TranslationSummary summary)
    {
        var records = summary.Accepted + summary.Rejected;
        var rate = records / Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
        return $"{records:N0} records ({rate:N0}/s): {summary.Accepted:N0} accepted, {summary.Rejected:N0} rejected";
    }
}

using System.Text.RegularExpressions;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Logs;

/// <summary>
/// House rules for the gateway's log lines, read from the sources: every line goes through a source-generated
/// <c>[LoggerMessage]</c> with a fixed event id in its area's range, no two share an id, and docs/logging.md lists each.
/// </summary>
[TestFixture]
public sealed partial class LogEventIdTests
{
    private static readonly IReadOnlyList<(string File, string Text)> Sources = Directory
        .EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f))).ToList();

    [Test]
    public void No_log_call_bypasses_LoggerMessage()
    {
        var direct = Sources.SelectMany(s => DirectLogCall().Matches(s.Text).Select(m => $"{s.File}: {m.Value}")).ToList();

        Assert.That(direct, Is.Empty, "log through a [LoggerMessage] method with an event id");
    }

    [Test]
    public void Every_event_id_is_fixed_unique_in_its_range_and_documented()
    {
        var declared = Sources.SelectMany(s => LoggerMessage().Matches(s.Text).Select(m => (s.File, Id: int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        var unnumbered = Sources.Sum(s => AnyLoggerMessage().Matches(s.Text).Count) - declared.Count;
        var documented = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "logging.md"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(declared, Has.Count.GreaterThan(20), "the sources were read");
            Assert.That(unnumbered, Is.Zero, "[LoggerMessage] without a literal event id first");
            Assert.That(declared.Select(d => d.Id), Has.All.InRange(1000, 8999));
            Assert.That(declared.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "event ids used twice");
            Assert.That(declared.Where(d => !documented.Contains($"| {d.Id} |", StringComparison.Ordinal)).Select(d => $"{d.File}: {d.Id}"), Is.Empty,
                "event ids missing from docs/logging.md");
        }
    }

    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\(|\blogger\.Log\(", RegexOptions.IgnoreCase)]
    private static partial Regex DirectLogCall();

    [GeneratedRegex(@"\[LoggerMessage\((?<id>[1-9][0-9]*)\s*,")]
    private static partial Regex LoggerMessage();

    [GeneratedRegex(@"\[LoggerMessage\(")]
    private static partial Regex AnyLoggerMessage();
}

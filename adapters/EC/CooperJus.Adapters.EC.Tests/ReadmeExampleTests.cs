using System.Text.RegularExpressions;
using CooperJus.Adapters.EC.Tests.Support;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>The examples of the README are real: an exporter copying them gets accepted records.</summary>
public sealed partial class ReadmeExampleTests
{
    private static readonly string[] Examples = [.. JsonBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "adapters", "EC", "README.md"))).Select(m => m.Groups[1].Value)];

    [Test]
    public void The_solicitudes_example_is_accepted_without_errors()
    {
        var results = Ecuador.Read(Examples[0]);

        Assert.That(results.Single().IsAccepted, Is.True, string.Join("; ", results.SelectMany(r => r.Problems)));
    }

    [Test]
    public void The_respuestas_example_is_accepted_without_errors()
    {
        var results = Ecuador.ReadResponses(Examples[1]);

        Assert.That(results.Single().IsAccepted, Is.True, string.Join("; ", results.SelectMany(r => r.Problems)));
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

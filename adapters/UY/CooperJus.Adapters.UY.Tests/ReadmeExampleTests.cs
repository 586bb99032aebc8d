using System.Text.RegularExpressions;
using CooperJus.Adapters.UY.Tests.Support;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>The examples of adapters/UY/README.md are what the adapter reads: an exporter copying them is not misled.</summary>
public sealed partial class ReadmeExampleTests
{
    private static readonly Lazy<List<string>> Examples = new(() =>
        [.. JsonBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "adapters", "UY", "README.md")))
            .Select(m => m.Groups[1].Value.Replace("\n", "", StringComparison.Ordinal))]);

    [Test]
    public void The_solicitud_example_reads_without_errors()
    {
        var result = Uruguay.ReadLines(Examples.Value[0]).Single();

        Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        Assert.That(result.Request!.Organisations[0].RegistrationNumbers[0].Number, Is.EqualTo("21-100342-001-7"));
    }

    [Test]
    public void The_respuesta_example_reads_without_errors()
    {
        var result = Uruguay.ReadResponseLines(Examples.Value[1]).Single();

        Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        Assert.That(result.Response!.Results, Has.Count.EqualTo(3));
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

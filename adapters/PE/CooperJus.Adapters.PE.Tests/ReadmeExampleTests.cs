using CooperJus.Gateway.Adapters.Testing;
using System.Text.RegularExpressions;
using CooperJus.Adapters.PE.Tests.Support;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The example in the adapter's README is a file the adapter reads as the README says.</summary>
public sealed partial class ReadmeExampleTests
{
    [Test]
    public void The_readme_example_reads_as_one_request_without_any_problem()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "adapters", "PE", "README.md"));
        var example = CsvBlock().Match(readme);
        Assert.That(example.Success, "adapters/PE/README.md should hold a ```csv example");

        var results = Pe.Read(example.Groups[1].Value);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(1));
        var request = results[0].Request!;
        Assert.That(request.Persons.Select(p => p.Role.ToString()), Is.EqualTo(new[] { "Suspect" }));
        Assert.That(request.Measures[0].Subjects, Has.Count.EqualTo(2), "both rows are linked to the bank measure");
    }

    [GeneratedRegex("```csv\\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CsvBlock();
}

using System.Text.RegularExpressions;
using CooperJus.Adapters.ES.Tests.Support;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>The example in the adapter's README is a file the adapter reads as the README says.</summary>
public sealed partial class ReadmeExampleTests
{
    [Test]
    public void The_readme_example_reads_as_one_request_without_any_problem()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.Root, "adapters", "ES", "README.md"));
        var example = XmlBlock().Match(readme);
        Assert.That(example.Success, "adapters/ES/README.md should hold a ```xml example");

        var results = Spain.ReadText(example.Groups[1].Value);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(1));
        var request = results[0].Request!;
        Assert.That(request.Persons[0].IdentityDocuments[0].CheckDigit.ToString(), Is.EqualTo("Valid"));
        Assert.That(request.Measures[0].Subjects, Has.Count.EqualTo(1));
    }

    [GeneratedRegex("```xml\\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex XmlBlock();
}

using System.Text.RegularExpressions;
using CooperJus.Adapters.BR.Tests.Support;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The example in the adapter's README is a file the adapter reads as the README says.</summary>
public sealed partial class ReadmeExampleTests
{
    [Test]
    public void The_readme_example_reads_as_one_request_without_any_problem()
    {
        var readme = File.ReadAllText(Path.Combine(Samples.Directory, "..", "..", "adapters", "BR", "README.md"));
        var example = ExampleBlock().Match(readme);
        Assert.That(example.Success, "adapters/BR/README.md should hold a ### Example with a ```json block");

        var results = Import.Text(example.Groups[1].Value);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(1));
        var request = results[0].Request!;
        Assert.That(request.Persons[0].IdentityDocuments[0].CheckDigit.ToString(), Is.EqualTo("Valid"));
        Assert.That(request.Measures[0].Subjects, Has.Count.EqualTo(1));
    }

    [GeneratedRegex("### Example\\n.*?```json\\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ExampleBlock();
}

using System.Text.RegularExpressions;
using CooperJus.Adapters.CL.Tests.Support;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>The examples in the adapter's README are files the adapter reads as the README says.</summary>
public sealed partial class ReadmeExampleTests
{
    private static readonly Lazy<List<string>> Examples = new(() =>
        [.. XmlBlock().Matches(File.ReadAllText(Path.Combine(Paths.Root, "adapters", "CL", "README.md"))).Select(m => m.Groups[1].Value)]);

    [Test]
    public void The_request_example_reads_as_one_request_without_any_problem()
    {
        var results = Chile.ReadText(Examples.Value[0]);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        var request = results.Single().Request!;
        Assert.That(request.Persons.Single().IdentityDocuments.Single().CheckDigit.ToString(), Is.EqualTo("Valid"));
        Assert.That(request.Measures.Single().Subjects.Select(s => s.Ref), Is.EqualTo(new[] { "o1", "a1" }));
    }

    [Test]
    public void The_response_example_reads_as_one_response_without_any_problem()
    {
        var results = Chile.ReadResponseText(Examples.Value[1]);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results.Single().Response!.InResponseTo, Is.EqualTo("1810dd5a-96db-8d68-9059-f69c25f292b7"));
    }

    [GeneratedRegex("```xml\\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex XmlBlock();
}

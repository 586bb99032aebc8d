using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Docs;

/// <summary>
/// The document type names docs/identity-numbers.md tells adapters to use select the rule it says, and its examples
/// are valid: a renamed type or a changed rule shows up here before an office finds its numbers unverified.
/// </summary>
public sealed class IdentityNumbersDocsTests
{
    private const string NamesHeading = "Document type names: the SDK finds the rule by the national name";

    private static readonly string Docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "identity-numbers.md"));

    [Test]
    public void Every_documented_type_name_selects_its_rule_and_the_example_is_valid()
    {
        var rows = MarkdownLinks.Rows(Docs, NamesHeading);
        var failures = new List<string>();
        var names = 0;
        foreach (var cells in rows)
        {
            var (country, rule, example) = (cells[0], MarkdownLinks.Code(cells[1])[0], MarkdownLinks.Code(cells[3])[0]);
            // Only the names before a parenthesis: the parenthesis explains, it names rule ids, not document types.
            foreach (var type in MarkdownLinks.Code(cells[2].Split('(')[0]))
            {
                names++;
                var check = IdentityNumbers.Check(country, type, example);
                if (check.Status != CheckDigitStatus.Valid || check.Rule != rule)
                    failures.Add($"{country} {type} {example}: {check.Status} by {check.Rule}, documented valid by {rule} ({check.Reason})");
            }
        }

        TestContext.Out.WriteLine($"{rows.Count} documents, {names} type names checked against the SDK");
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(17), "one row per document of the twelve countries");
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void A_type_named_otherwise_comes_out_unverified_as_the_docs_warn() =>
        Assert.That(IdentityNumbers.Check("PE", "national-id", "10117410-2"), Has.Property(nameof(IdentityCheck.Status)).EqualTo(CheckDigitStatus.Unverified)
            .And.Property(nameof(IdentityCheck.Rule)).EqualTo("none"));

    [Test]
    public void Every_rule_id_the_names_table_uses_is_in_the_rule_id_list()
    {
        var listed = MarkdownLinks.FirstColumn(Docs, "Rule ids");
        var used = MarkdownLinks.Rows(Docs, NamesHeading).Select(cells => MarkdownLinks.Code(cells[1])[0]).Append("none");

        Assert.That(used.Where(rule => !listed.Contains(rule)), Is.Empty);
    }
}

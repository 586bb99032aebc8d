using System.Text.Json;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Docs;

/// <summary>
/// Every conversion name the golden lineage files use is documented in docs/lineage.md (code lists in
/// docs/code-lists.md, identity rules in docs/identity-numbers.md), so the list cannot drift from what adapters record.
/// </summary>
public sealed partial class LineageConversionsDocsTests
{
    private const string CodeListPrefix = "code-list:";
    private const string IdentityRulePrefix = "identity-rule:";

    private static readonly string Lineage = File.ReadAllText(RepositoryFiles.PathOf("docs", "lineage.md"));

    private static IReadOnlyList<string> Documented => MarkdownLinks.FirstColumn(Lineage, "Conversion names");

    [Test]
    public void Every_conversion_in_the_golden_lineage_files_is_documented()
    {
        var used = GoldenConversions();
        var codeLists = MarkdownLinks.FirstColumn(File.ReadAllText(RepositoryFiles.PathOf("docs", "code-lists.md")), "Adapter code-list files");
        var rules = MarkdownLinks.FirstColumn(File.ReadAllText(RepositoryFiles.PathOf("docs", "identity-numbers.md")), "Rule ids");

        var undocumented = used.Where(name => name switch
        {
            _ when name.StartsWith(CodeListPrefix, StringComparison.Ordinal) => !codeLists.Contains(name[CodeListPrefix.Length..]),
            _ when name.StartsWith(IdentityRulePrefix, StringComparison.Ordinal) => !rules.Contains(name[IdentityRulePrefix.Length..]),
            _ => !Documented.Contains(name),
        });

        TestContext.Out.WriteLine($"{used.Count} distinct conversion names in the goldens, {Documented.Count} documented in docs/lineage.md");
        Assert.That(used, Has.Count.GreaterThan(20), "the golden lineage files should have been found");
        Assert.That(undocumented, Is.Empty);
    }

    [Test]
    public void The_conversions_the_sdk_records_are_documented()
    {
        string[] sdk = ["copy", Dates.DayFirstConversion, Dates.DayFirstRangeConversion, Dates.IsoConversion, Amounts.Conversion, Countries.Conversion,
            CodeListPrefix + "<list>", IdentityRulePrefix + "<rule>"];

        Assert.That(sdk.Where(name => !Documented.Contains(name)), Is.Empty);
        Assert.That(CodeList.Parse("offences", new StringReader("code;iccs")).ConversionName, Does.StartWith(CodeListPrefix), "the family docs/lineage.md names");
    }

    [Test]
    public void Every_documented_and_every_used_name_follows_the_naming_rule()
    {
        var names = Documented.Concat(GoldenConversions())
            .Select(n => n.Replace(CodeListPrefix + "<list>", "copy", StringComparison.Ordinal).Replace(IdentityRulePrefix + "<rule>", "copy", StringComparison.Ordinal))
            .Select(n => n.StartsWith(CodeListPrefix, StringComparison.Ordinal) ? n[CodeListPrefix.Length..]
                : n.StartsWith(IdentityRulePrefix, StringComparison.Ordinal) ? n[IdentityRulePrefix.Length..].Replace('.', '-')
                : n);

        Assert.That(names.Where(n => !KebabCase().IsMatch(n)), Is.Empty);
    }

    private static List<string> GoldenConversions()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf("samples"), "*.lineage.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var entry in document.RootElement.GetProperty("entries").EnumerateArray())
                names.Add(entry.GetProperty("conversion").GetString()!);
        }
        return [.. names];
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}

using System.Reflection;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Docs;

/// <summary>
/// docs/code-lists.md shows every canonical code of every SDK enum exactly, lists every adapter code-list file, and has
/// every ICCS code an adapter maps to, with the unconfirmed ones marked in the adapter's file too.
/// </summary>
public sealed class CodeListsDocsTests
{
    private static readonly string Docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "code-lists.md"));

    private static readonly MethodInfo AllCodes = typeof(CanonicalCodes).GetMethod(nameof(CanonicalCodes.All))!;

    private static IEnumerable<Type> ModelEnums() =>
        typeof(CooperationRequest).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(CooperationRequest).Namespace).OrderBy(t => t.Name, StringComparer.Ordinal);

    [TestCaseSource(nameof(ModelEnums))]
    public void Docs_show_exactly_the_codes_of(Type model)
    {
        var codes = (IReadOnlyList<string>)AllCodes.MakeGenericMethod(model).Invoke(null, null)!;

        Assert.That(MarkdownLinks.FirstColumn(Docs, $"`{model.Name}`"), Is.EqualTo(codes), $"docs/code-lists.md, section `{model.Name}`");
    }

    [Test]
    public void Docs_list_every_adapter_code_list_file_and_no_other()
    {
        var files = CodeListFiles().Select(f => Path.GetFileNameWithoutExtension(f)).Distinct().Order(StringComparer.Ordinal).ToList();
        var listed = MarkdownLinks.FirstColumn(Docs, "Adapter code-list files");

        TestContext.Out.WriteLine($"{files.Count} code lists across the adapters");
        Assert.That(listed, Is.EqualTo(files));
    }

    [Test]
    public void Every_iccs_code_an_adapter_maps_to_is_in_the_table_and_unconfirmed_ones_are_marked_in_the_file()
    {
        var table = MarkdownLinks.Rows(Docs, "Offences: ICCS codes the adapters use").ToDictionary(cells => cells[0].Trim('`'), cells => cells[2]);
        var problems = new List<string>();
        foreach (var file in CodeListFiles().Where(f => Path.GetFileName(f) == "offences.csv"))
        {
            using var reader = new StreamReader(file);
            foreach (var entry in CodeList.Parse("offences", reader).Entries)
            {
                if (entry["iccs"] is not { } iccs) continue;
                var where = $"{Path.GetRelativePath(RepositoryFiles.Root, file)} line {entry.Line} ({iccs})";
                if (!table.TryGetValue(iccs, out var status)) problems.Add(where + ": not in the ICCS table");
                else if (status.Contains("unconfirmed", StringComparison.Ordinal) && !entry.Values.Values.Any(v => v.Contains("unconfirmed", StringComparison.OrdinalIgnoreCase)))
                    problems.Add(where + ": the docs mark the code unconfirmed, the row does not");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void The_iccs_table_and_the_offence_codes_page_agree_on_which_codes_are_unconfirmed()
    {
        var unconfirmedHere = MarkdownLinks.Rows(Docs, "Offences: ICCS codes the adapters use")
            .Where(cells => cells[2].Contains("unconfirmed", StringComparison.Ordinal)).Select(cells => cells[0].Trim('`')).Order(StringComparer.Ordinal);
        var offenceCodes = File.ReadAllText(RepositoryFiles.PathOf("docs", "offence-codes.md"));

        Assert.That(MarkdownLinks.FirstColumn(offenceCodes, "Unconfirmed codes").Order(StringComparer.Ordinal), Is.EqualTo(unconfirmedHere));
    }

    private static IEnumerable<string> CodeListFiles() =>
        Directory.EnumerateDirectories(RepositoryFiles.PathOf("adapters"))
            .SelectMany(country => Directory.EnumerateDirectories(country, "CooperJus.Adapters.*"))
            .Select(project => Path.Combine(project, "codelists"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csv"));
}

using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Docs;

/// <summary>
/// The repository documents itself: code, schemas, samples and docs refer only to files inside it, so a reader with a
/// clone has every fact they rely on.
/// </summary>
public sealed class SelfContainedDocsTests
{
    // Written in pieces so that this file does not name them itself.
    private static readonly string[] OutsideFiles = ["domain" + ".md", "national" + "-formats.md", ".." + "/shared", ".." + "\\shared"];

    [Test]
    public void No_file_refers_to_briefing_files_outside_the_repository()
    {
        var files = RepositoryFiles.Enumerate(".md", ".cs", ".json", ".yaml", ".yml", ".csv", ".props", ".xml").ToList();
        var offending = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => OutsideFiles.Any(name => l.line.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        TestContext.Out.WriteLine($"{files.Count} files read, {offending.Count} lines refer outside the repository");
        Assert.That(files, Has.Count.GreaterThan(100), "the walk should find the repository's files");
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void Every_document_in_docs_is_listed_in_the_docs_index()
    {
        var index = File.ReadAllText(RepositoryFiles.PathOf("docs", "README.md"));
        var unlisted = Directory.EnumerateFiles(RepositoryFiles.PathOf("docs"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != "README.md" && !index.Contains($"]({name})", StringComparison.Ordinal));

        Assert.That(unlisted, Is.Empty, "docs/README.md should link every document");
    }

    [Test]
    public void Links_between_documents_point_to_files_that_exist()
    {
        var broken = RepositoryFiles.Enumerate(".md")
            .SelectMany(file => MarkdownLinks.Relative(File.ReadAllText(file))
                .Where(target => !File.Exists(Path.Combine(Path.GetDirectoryName(file)!, target)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(file)!, target)))
                .Select(target => $"{Path.GetRelativePath(RepositoryFiles.Root, file)} → {target}"))
            .ToList();

        Assert.That(broken, Is.Empty);
    }
}

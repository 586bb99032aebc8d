namespace CooperJus.Gateway.Adapters.Testing.Tests.Support;

/// <summary>
/// A throw-away copy of what the suite reads of one adapter: its samples (good, bad, <c>.checks</c>, no goldens), its
/// README and its code lists, so a mutant's goldens can be regenerated and a code list edited without touching the
/// repository.
/// </summary>
internal sealed class TemporaryRepository : IDisposable
{
    private TemporaryRepository(string root) => Root = root;

    public string Root { get; }

    public string CodeLists(string adapterId) => Path.Combine(RepositoryRoot.AdapterProject(adapterId, Root), "codelists");

    public static TemporaryRepository CopyOf(string adapterId)
    {
        var root = Path.Combine(Path.GetTempPath(), "cooperjus-conformance-" + Guid.NewGuid().ToString("N"));
        var samples = RepositoryRoot.Samples(adapterId);
        var copy = RepositoryRoot.Samples(adapterId, root);
        foreach (var file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(samples, file);
            if (relative.StartsWith("expected", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
            File.Copy(file, Path.Combine(copy, relative));
        }
        var adapterFolder = Path.Combine(root, "adapters", adapterId);
        Directory.CreateDirectory(adapterFolder);
        File.Copy(Path.Combine(RepositoryRoot.Path, "adapters", adapterId, "README.md"), Path.Combine(adapterFolder, "README.md"));
        var codeLists = Path.Combine(RepositoryRoot.AdapterProject(adapterId), "codelists");
        var codeListCopy = Path.Combine(RepositoryRoot.AdapterProject(adapterId, root), "codelists");
        Directory.CreateDirectory(codeListCopy);
        foreach (var file in Directory.EnumerateFiles(codeLists)) File.Copy(file, Path.Combine(codeListCopy, Path.GetFileName(file)));
        return new TemporaryRepository(root);
    }

    /// <summary>Copies <paramref name="adapterId"/>'s golden requests in, for the cross-country check.</summary>
    public TemporaryRepository WithGoldensOf(string adapterId)
    {
        var expected = Path.Combine(RepositoryRoot.Samples(adapterId), "expected");
        var copy = Path.Combine(RepositoryRoot.Samples(adapterId, Root), "expected");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(expected)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

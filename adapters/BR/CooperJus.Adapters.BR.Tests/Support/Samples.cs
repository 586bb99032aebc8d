namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>The repository's Brazilian samples.</summary>
internal static class Samples
{
    public static string Directory { get; } = Find();

    public static string Good => Path.Combine(Directory, "pedidos_2024_lavagem.json");

    /// <summary>A good sample whose bens have no id, as the export lists none for them.</summary>
    public static string WithoutBemIds => Path.Combine(Directory, "pedidos_2024_bens_sem_id.json");

    public static string Bad(string fileName) => Path.Combine(Directory, "bad", fileName);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "BR");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("samples/BR was not found above " + AppContext.BaseDirectory);
    }
}

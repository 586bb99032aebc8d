namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>The repository's Brazilian samples.</summary>
internal static class Samples
{
    public static string Directory { get; } = RepositoryRoot.Samples("BR");

    public static string Good => Path.Combine(Directory, "pedidos_2024_lavagem.json");

    /// <summary>A good sample whose bens have no id, as the export lists none for them.</summary>
    public static string WithoutBemIds => Path.Combine(Directory, "pedidos_2024_bens_sem_id.json");

    public static string Bad(string fileName) => Path.Combine(Directory, "bad", fileName);
}

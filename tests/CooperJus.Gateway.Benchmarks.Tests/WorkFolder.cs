namespace CooperJus.Gateway.Benchmarks.Tests;

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class WorkFolder : IDisposable
{
    public WorkFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cooperjus-bench-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

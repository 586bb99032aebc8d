using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Conformance;

/// <summary>
/// What only the built gateway can show about every adapter under <c>adapters/</c>: it is built into
/// <c>artifacts/adapters/</c> and loads as a plugin. What an adapter must do with its samples, README and code lists
/// is the conformance suite (<c>tests/CooperJus.Gateway.Adapters.Testing</c>, docs/conformance.md), which each
/// adapter's own test project runs through its <c>AdapterConformanceFixture</c>; this fixture checks that none is
/// left out.
/// </summary>
[TestFixture]
public sealed class AdapterConformanceTests
{
    private static IEnumerable<string> AdapterIds() =>
        RepositoryPaths.AdapterIds();

    [TestCaseSource(nameof(AdapterIds))]
    public void Adapter_is_built_and_loads_as_a_plugin(string id)
    {
        var registration = Catalogs.BuiltAdapters.FindRegistration(id);
        Assert.That(registration, Is.Not.Null, $"adapters/{id} was not built into {RepositoryPaths.BuiltAdapters}");
        Assert.That(registration!.LoadProblem, Is.Null);
        Assert.That(registration.Descriptor!.Id, Is.EqualTo(id));
        Assert.That(registration.Adapter!.GetType().IsSealed, Is.True, "adapters are sealed");
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Adapter_test_project_runs_the_conformance_suite(string id)
    {
        var tests = Path.Combine(RepositoryPaths.Adapters, id, $"CooperJus.Adapters.{id}.Tests");
        Assert.That(Directory.Exists(tests), Is.True, $"adapters/{id} has no test project {tests}");
        var fixtures = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(": AdapterConformanceFixture", StringComparison.Ordinal))
            .ToList();
        Assert.That(fixtures, Has.Count.EqualTo(1),
            $"adapters/{id}/CooperJus.Adapters.{id}.Tests needs one `public sealed class ...ConformanceTests : AdapterConformanceFixture` with AdapterId \"{id}\"");
        Assert.That(File.ReadAllText(fixtures[0]), Does.Contain($"\"{id}\""), $"{fixtures[0]} must test adapter {id}");
    }
}

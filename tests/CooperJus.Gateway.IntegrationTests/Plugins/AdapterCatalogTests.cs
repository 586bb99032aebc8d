using System.Runtime.Loader;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.IntegrationTests.Plugins;

/// <summary>Loading adapters as plugins: each in its own load context, and every broken one reported and skipped.</summary>
[TestFixture]
public sealed class AdapterCatalogTests
{
    private TemporaryFolder _root = null!;

    [SetUp]
    public void CreateFolder() => _root = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _root.Dispose();

    [Test]
    public void Loads_a_working_adapter_with_its_descriptor()
    {
        PluginCompiler.Compile(_root.Combine("AA"), "Fixture.AA", PluginCompiler.AdapterSource("AA"));

        var catalog = Catalogs.Load(_root.Path);

        Assert.That(catalog.Registrations, Has.Count.EqualTo(1));
        Assert.That(catalog.Find("aa")?.Descriptor.Version, Is.EqualTo("0.0.1"));
    }

    [Test]
    public void Reports_an_adapter_whose_constructor_throws_and_keeps_the_others()
    {
        PluginCompiler.Compile(_root.Combine("AA"), "Fixture.AA", PluginCompiler.AdapterSource("AA", "throw new System.InvalidOperationException(\"code list offences.csv is damaged\");"));
        PluginCompiler.Compile(_root.Combine("BB"), "Fixture.BB", PluginCompiler.AdapterSource("BB"));

        var catalog = Catalogs.Load(_root.Path);

        Assert.That(catalog.Adapters.Select(a => a.Descriptor.Id), Is.EqualTo(new[] { "BB" }));
        Assert.That(catalog.FindRegistration("AA")!.LoadProblem, Does.Contain("failed in its constructor").And.Contain("code list offences.csv is damaged"));
    }

    [Test]
    public void Reports_an_adapter_whose_dependency_is_missing()
    {
        var helperFolder = _root.Combine("..", Guid.NewGuid().ToString("N"));
        var helper = PluginCompiler.Compile(helperFolder, "Fixture.Helper", "namespace FixtureHelper; public static class Lists { public static int Count() => 1; }", writeDeps: false);
        PluginCompiler.Compile(_root.Combine("CC"), "Fixture.CC", PluginCompiler.AdapterSource("CC", "_ = FixtureHelper.Lists.Count();"),
            referencePaths: [PluginCompiler.HostSdkPath, helper], dependencies: ["Fixture.Helper"]);

        var catalog = Catalogs.Load(_root.Path);

        Assert.That(catalog.Adapters, Is.Empty);
        Assert.That(catalog.FindRegistration("CC")!.LoadProblem, Does.StartWith("missing dependency Fixture.Helper"));
    }

    [TestCase("1.0.0.0", TestName = "Reports_an_adapter_built_against_the_version_1_sdk_of_the_version_1_canonical_model")]
    [TestCase("2.0.0.0", TestName = "Reports_an_adapter_built_against_the_version_2_sdk_without_the_reading_and_rendering_helpers")]
    [TestCase("4.0.0.0", TestName = "Reports_an_adapter_built_against_a_later_major_sdk_version")]
    public void Reports_an_adapter_built_against_another_major_sdk_version(string sdkVersion)
    {
        var otherSdk = PluginCompiler.Compile(_root.Combine("..", Guid.NewGuid().ToString("N")), "CooperJus.Gateway.Sdk",
            $"[assembly: System.Reflection.AssemblyVersion(\"{sdkVersion}\")] namespace CooperJus.Gateway.Sdk.Adapters; public interface ICountryAdapter {{ }}",
            referencePaths: [], writeDeps: false);
        PluginCompiler.Compile(_root.Combine("DD"), "Fixture.DD", "public sealed class Other : CooperJus.Gateway.Sdk.Adapters.ICountryAdapter { }", referencePaths: [otherSdk]);

        var problem = Catalogs.Load(_root.Path).FindRegistration("DD")!.LoadProblem;

        Assert.That(problem, Does.Contain($"built against adapter SDK {sdkVersion}").And.Contain("rebuild the adapter against SDK 3.x"));
    }

    [Test]
    public void Reports_a_folder_without_an_adapter_assembly()
    {
        Directory.CreateDirectory(_root.Combine("EE"));
        File.WriteAllText(_root.Combine("EE", "readme.txt"), "not a plugin");

        Assert.That(Catalogs.Load(_root.Path).FindRegistration("EE")!.LoadProblem, Does.StartWith("no adapter assembly"));
    }

    [Test]
    public void Reports_an_assembly_without_an_adapter_class()
    {
        PluginCompiler.Compile(_root.Combine("FF"), "Fixture.FF", "namespace FixtureFF; public sealed class NotAnAdapter { }");

        Assert.That(Catalogs.Load(_root.Path).FindRegistration("FF")!.LoadProblem, Does.Contain("found 0"));
    }

    [Test]
    public void Reports_a_corrupt_assembly()
    {
        PluginCompiler.Compile(_root.Combine("GG"), "Fixture.GG", PluginCompiler.AdapterSource("GG"));
        File.WriteAllBytes(_root.Combine("GG", "Fixture.GG.dll"), [0x4D, 0x5A, 0x00, 0x01, 0x02]);

        Assert.That(Catalogs.Load(_root.Path).FindRegistration("GG")!.LoadProblem, Does.StartWith("cannot read the adapter assembly"));
    }

    [TestCase("{}", "no runtimeTarget.name")]
    [TestCase("{\"runtimeTarget\":{\"name\":\"x\"},\"targets\":{},\"libraries\":{}}", "no targets entry for 'x'")]
    [TestCase("{ not json", "not valid JSON")]
    public void Refuses_a_malformed_deps_file_instead_of_crashing_the_process(string deps, string reason)
    {
        PluginCompiler.Compile(_root.Combine("HH"), "Fixture.HH", PluginCompiler.AdapterSource("HH"));
        File.WriteAllText(_root.Combine("HH", "Fixture.HH.deps.json"), deps);

        Assert.That(Catalogs.Load(_root.Path).FindRegistration("HH")!.LoadProblem, Does.Contain("deps.json is unusable").And.Contain(reason));
    }

    [Test]
    public void A_missing_adapter_folder_gives_an_empty_catalog() =>
        Assert.That(Catalogs.Load(_root.Combine("nothing-here")).Registrations, Is.Empty);

    [Test]
    public void Finds_the_reference_adapters_in_the_build_output()
    {
        var ids = Catalogs.BuiltAdapters.Adapters.Select(a => a.Descriptor.Id);

        Assert.That(ids, Is.SupersetOf(new[] { "BR", "ES", "PE" }));
    }

    [Test]
    public void Each_adapter_lives_in_its_own_load_context_sharing_the_host_sdk()
    {
        var adapters = Catalogs.BuiltAdapters.Adapters.ToList();
        var contexts = adapters.Select(a => AssemblyLoadContext.GetLoadContext(a.GetType().Assembly)).ToList();

        Assert.That(contexts, Is.Unique);
        Assert.That(contexts, Has.None.SameAs(AssemblyLoadContext.Default));
        Assert.That(adapters, Is.All.InstanceOf<ICountryAdapter>());
    }
}

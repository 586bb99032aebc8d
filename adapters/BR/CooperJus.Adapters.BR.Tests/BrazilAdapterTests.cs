using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The adapter as the gateway loads it: descriptor and code lists.</summary>
public sealed class BrazilAdapterTests
{
    [Test]
    public void Describes_itself_as_the_Sistema_Unico_JSON_adapter()
    {
        var descriptor = TestAdapter.Create().Descriptor;
        Assert.That(descriptor, Is.EqualTo(new AdapterDescriptor
        {
            Id = "BR",
            Version = "1.0.0",
            Country = "BR",
            DisplayName = "Ministério Público Federal, Sistema Único",
            SourceFormat = "unico-json",
            MediaType = "application/json",
            FilePatterns = descriptor.FilePatterns,
        }));
        Assert.That(descriptor.FilePatterns, Is.EqualTo(new[] { "pedidos_*.json" }));
    }

    [Test]
    public void Loads_from_its_plugin_folder_like_the_gateway_does()
    {
        var adapter = new BrazilAdapter(AdapterContext.ForDirectory(AppContext.BaseDirectory));
        Assert.That(adapter.Read(SourceFile.FromPath(Samples.Good)).Count(r => r.IsAccepted), Is.EqualTo(3));
    }

    [Test]
    public void Refuses_to_start_with_a_code_list_that_names_an_unknown_canonical_code()
    {
        var folder = Directory.CreateTempSubdirectory("br-codelists-");
        try
        {
            foreach (var file in Directory.GetFiles(TestAdapter.CodeListDirectory)) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            File.AppendAllText(Path.Combine(folder.FullName, "measures.csv"), "ESCUTA_AMBIENTAL;ambient-listening\n");
            var context = new AdapterContext(folder.FullName, new CodeListSource(folder.FullName), new Dictionary<string, string>(), new FixedClock(TestAdapter.Now));
            Assert.That(() => new BrazilAdapter(context), Throws.InstanceOf<FormatException>().With.Message.Contains("ambient-listening").And.Message.Contains("measures"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

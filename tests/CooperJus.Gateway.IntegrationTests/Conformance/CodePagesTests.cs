using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Conformance;

/// <summary>
/// Windows code pages are registered once, by the host at start; a plugin registering them (or reaching for the
/// provider itself) changes the whole process behind the host's back. Checked on the built plugins' metadata; that
/// the host does register them is shown by the CLI translating the Windows-1252 Peruvian sample in a real process
/// (<c>CliTests.Translate_writes_a_canonical_document_and_its_lineage_per_request</c>).
/// </summary>
[TestFixture]
public sealed class CodePagesTests
{
    private static IEnumerable<string> AdapterIds() => RepositoryPaths.AdapterIds();

    [TestCaseSource(nameof(AdapterIds))]
    public void Adapter_leaves_code_pages_to_the_host(string id)
    {
        var dll = Path.Combine(RepositoryPaths.BuiltAdapters, id, $"CooperJus.Adapters.{id}.dll");
        using var pe = new PEReader(File.OpenRead(dll));
        var metadata = pe.GetMetadataReader();
        var types = metadata.TypeReferences.Select(h => metadata.GetString(metadata.GetTypeReference(h).Name));
        var members = metadata.MemberReferences.Select(h => metadata.GetString(metadata.GetMemberReference(h).Name));
        Assert.That(types, Has.None.EqualTo("CodePagesEncodingProvider"), $"{id} uses the code-page provider itself");
        Assert.That(members, Has.None.EqualTo("RegisterProvider"), $"{id} registers an encoding provider for the whole process");
    }
}

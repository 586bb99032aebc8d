using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>The code lists in codelists/: complete for the canonical code lists, reversible, checked at start-up.</summary>
public sealed class CodeListTests
{
    private static readonly CodeListSource Source = new(Path.Combine(Paths.AdapterFolder, "codelists"));

    [Test]
    public void Every_canonical_measure_type_has_a_Fortuny_code()
    {
        var mapped = Source.Load("measures").Entries.Select(e => e["type"]).ToHashSet();

        Assert.That(mapped, Is.EquivalentTo(CanonicalCodes.All<MeasureType>()));
    }

    [TestCase("person", typeof(PersonRole))]
    [TestCase("organisation", typeof(OrganisationRole))]
    public void Every_canonical_role_has_a_condition_that_reads_back_as_that_role(string column, Type roles)
    {
        var list = Source.Load("roles");

        foreach (var role in Enum.GetNames(roles).Select(n => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)))
            Assert.That(list.Find(list.FindBy(column, role)?.Key)?[column], Is.EqualTo(role), role);
    }

    [TestCase("proceedings", "type", typeof(ProceedingsType))]
    [TestCase("urgency", "level", typeof(UrgencyLevel))]
    [TestCase("document-types", "type", typeof(DocumentType))]
    public void Canonical_codes_written_back_have_a_national_code(string listName, string column, Type codes)
    {
        var list = Source.Load(listName);
        var expected = listName == "document-types"
            ? Enum.GetNames(codes).Where(n => n != nameof(DocumentType.Other))
            : Enum.GetNames(codes);

        foreach (var code in expected.Select(n => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)))
            Assert.That(list.FindBy(column, code), Is.Not.Null, code);
    }

    [TestCase("CONVENIO_PALERMO", "untoc-2000")]
    [TestCase("CONVENCION_NNUU_CORRUPCION", "uncac-2003")]
    [TestCase("CONVENCION_VIENA_1988", "vienna-1988")]
    [TestCase("CONVENIO_IBEROAMERICANO", "medellin-2019")]
    [TestCase("TRATADO_MEDELLIN", "medellin-2019")]
    [TestCase("RECIPROCIDAD", "reciprocity")]
    [TestCase("TRATADO_BILATERAL_ES_PE", "bilateral-treaty")]
    public void Instrument_codes_of_the_brief_are_mapped(string code, string instrument)
    {
        Assert.That(Source.Load("instruments").Find(code)?["instrument"], Is.EqualTo(instrument));
    }

    [Test]
    public void Only_the_Medellin_Treaty_governs_a_channel_and_that_channel_is_Iber_at()
    {
        var channels = Source.Load("instruments").Entries.Where(e => e["channel"] is not null).ToList();

        Assert.That(channels.Select(e => (e.Key, e["instrument"], e["channel"])), Is.EquivalentTo(new[] { ("TRATADO_MEDELLIN", "medellin-2019", "iber-at"), ("CONVENIO_IBEROAMERICANO", "medellin-2019", "iber-at") }));
    }

    [TestCase("channels", "kind", typeof(ChannelKind))]
    [TestCase("urgency-grounds", "ground", typeof(UrgencyGround))]
    [TestCase("sexes", "sex", typeof(Sex))]
    [TestCase("custody", "custody", typeof(CustodyStatus))]
    [TestCase("capacities", "capacity", typeof(SubjectCapacity))]
    [TestCase("orders", "issuer", typeof(OrderIssuer))]
    [TestCase("hearing-modalities", "modality", typeof(HearingModality))]
    public void Every_canonical_code_of_a_v2_list_has_a_Fortuny_code_to_write(string listName, string column, Type codes)
    {
        var list = Source.Load(listName);

        foreach (var code in Enum.GetNames(codes).Select(n => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)))
            Assert.That(list.FindBy(column, code), Is.Not.Null, code);
    }

    [Test]
    public void Every_bilateral_treaty_names_Spain_and_one_partner()
    {
        var treaties = Source.Load("instruments").Entries.Where(e => e["instrument"] == "bilateral-treaty").ToList();

        Assert.That(treaties, Is.Not.Empty);
        Assert.That(treaties.Select(e => SpainCodeLists.Parties(e)), Has.All.Count.EqualTo(2).And.All.Contains("ES"));
        Assert.That(treaties.Select(e => e.Key), Is.EqualTo(treaties.Select(e => "TRATADO_BILATERAL_" + string.Join('_', SpainCodeLists.Parties(e)))));
    }

    [Test]
    public void Adapter_refuses_to_start_on_a_code_list_with_an_unknown_canonical_code()
    {
        var folder = Directory.CreateTempSubdirectory("cooperjus-es-codelists-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.AdapterFolder, "codelists")))
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            File.AppendAllText(Path.Combine(folder.FullName, "measures.csv"), "TELEPATIA;mind-reading\n");
            var context = new AdapterContext(folder.FullName, new CodeListSource(folder.FullName), new Dictionary<string, string>(), new FakeTimeProvider());

            Assert.That(() => new SpainAdapter(context), Throws.InstanceOf<FormatException>().With.Message.Contains("measures").And.Message.Contains("line 47").And.Message.Contains("mind-reading"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Office_override_folder_wins_over_the_adapter_lists()
    {
        var folder = Directory.CreateTempSubdirectory("cooperjus-es-override-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "offences.csv"), "codigo;iccs;wording\nCP-301;0704;Blanqueo (tabla de la oficina)\n");
            var context = new AdapterContext(Paths.AdapterFolder, new CodeListSource(folder.FullName, Path.Combine(Paths.AdapterFolder, "codelists")), new Dictionary<string, string>(), new FakeTimeProvider());

            var result = new SpainAdapter(context).Read(Gateway.Sdk.Adapters.SourceFile.FromBytes("fortuny_test.xml", System.Text.Encoding.UTF8.GetBytes(FortunyXml.Document()))).Single();

            Assert.That(result.Request!.Offences[0].IccsCode, Is.EqualTo("0704"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Descriptor_names_the_format()
    {
        Assert.That(Spain.Adapter.Descriptor, Is.EqualTo(new AdapterDescriptor
        {
            Id = "ES",
            Version = "1.0.0",
            Country = "ES",
            DisplayName = "Fiscalía General del Estado, Fortuny",
            SourceFormat = "fortuny-xml",
            MediaType = "application/xml",
            FilePatterns = Spain.Adapter.Descriptor.FilePatterns,
        }));
        Assert.That(Spain.Adapter.Descriptor.FilePatterns, Is.EqualTo(new[] { "fortuny_*.xml" }));
    }
}

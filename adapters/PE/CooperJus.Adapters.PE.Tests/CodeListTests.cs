using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The code lists are data an office edits: they must cover the canonical codes, and a mistake must stop the adapter at start-up.</summary>
public sealed class CodeListTests
{
    private static readonly CodeListSource Lists = new(Pe.CodeListDirectory);

    [Test]
    public void Every_canonical_measure_type_has_an_sgf_code()
    {
        var covered = Lists.Load("measures").Entries.Select(e => e["type"]).Distinct();

        Assert.That(covered, Is.EquivalentTo(CanonicalCodes.All<MeasureType>()));
    }

    [Test]
    public void Every_person_and_organisation_role_has_a_condition()
    {
        var roles = Lists.Load("roles");

        Assert.That(roles.Entries.Select(e => e["person"]).OfType<string>().Distinct(), Is.EquivalentTo(CanonicalCodes.All<PersonRole>()));
        Assert.That(roles.Entries.Select(e => e["organisation"]).OfType<string>().Distinct(), Is.EquivalentTo(CanonicalCodes.All<OrganisationRole>()));
    }

    [Test]
    public void Every_urgency_level_has_a_code()
    {
        Assert.That(Lists.Load("urgency").Entries.Select(e => e["level"]), Is.EquivalentTo(CanonicalCodes.All<UrgencyLevel>()));
    }

    [Test]
    public void Offence_table_covers_at_least_a_dozen_articles_and_flags_unconfirmed_iccs_codes()
    {
        var offences = Lists.Load("offences").Entries;

        Assert.That(offences, Has.Count.GreaterThanOrEqualTo(12));
        // docs/offence-codes.md lists 07042, 06012, 07032, 07034, 07035 as unconfirmed: the table must say so.
        foreach (var entry in offences.Where(e => e["iccs"] is "07042" or "06012" or "07032" or "07034" or "07035"))
            Assert.That(entry["comment"], Does.StartWith("unconfirmed"), entry.Key);
    }

    [TestCase("measures", "INFORMACION_BANCARIA;bank-information;account-holder;;;", "INFORMACION_BANCARIA;bank-info;account-holder;;;")]
    [TestCase("measures", "INFORMACION_BANCARIA;bank-information;account-holder;;;", "INFORMACION_BANCARIA;bank-information;account-owner;;;")]
    [TestCase("measures", "DECLARACION_TESTIGO;witness-hearing;person-to-hear;witness;;", "DECLARACION_TESTIGO;witness-hearing;person-to-hear;testigo;;")]
    [TestCase("roles", "IMPUTADO;suspect;investigated;administrative", "IMPUTADO;suspect;investigated;administrativa")]
    [TestCase("custody", "PRISION_PREVENTIVA;pre-trial-detention", "PRISION_PREVENTIVA;preventive-detention")]
    [TestCase("languages", "QUECHUA;qu", "QUECHUA;Quechua")]
    [TestCase("roles", "TESTIGO;witness;", "TESTIGO;testigo;")]
    [TestCase("offences", "CP-106;0101;", "CP-106;01A1;")]
    [TestCase("instruments", "TRATADO_BILATERAL_PE_ES;bilateral-treaty;PE|ES", "TRATADO_BILATERAL_PE_ES;bilateral-treaty;PE|ESP")]
    [TestCase("document-types", "DNI;national-id;PE", "DNI;dni;PE")]
    [TestCase("reserved", "SI;true", "SI;si")]
    [TestCase("row-types", "EMPRESA;organisation", "EMPRESA;company")]
    public void Mistyped_canonical_code_stops_the_adapter_naming_the_list(string list, string line, string mistyped)
    {
        var directory = Directory.CreateTempSubdirectory("pe-codelists-");
        try
        {
            foreach (var file in Directory.GetFiles(Pe.CodeListDirectory)) File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            var path = Path.Combine(directory.FullName, list + ".csv");
            var text = File.ReadAllText(path);
            Assert.That(text, Does.Contain(line));
            File.WriteAllText(path, text.Replace(line, mistyped, StringComparison.Ordinal));

            Assert.That(() => new PeruAdapter(Pe.Context(codeLists: directory.FullName)), Throws.InstanceOf<FormatException>().With.Message.Contains($"'{list}'"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Adapter_describes_itself()
    {
        var descriptor = Pe.Adapter().Descriptor;

        Assert.That((descriptor.Id, descriptor.Country, descriptor.SourceFormat, descriptor.MediaType), Is.EqualTo(("PE", "PE", "sgf-csv", "text/csv")));
        Assert.That(descriptor.FilePatterns, Is.EqualTo(new[] { "solicitudes_*.csv" }));
        Assert.That(descriptor.Version, Is.EqualTo("2.0.0"));
    }

    [Test]
    public void Adapter_loads_from_its_own_folder_like_the_gateway_loads_it()
    {
        var folder = Path.GetDirectoryName(typeof(PeruAdapter).Assembly.Location)!;
        Assume.That(Directory.Exists(Path.Combine(folder, "codelists")), "code lists are copied beside the built adapter");

        var adapter = new PeruAdapter(Gateway.Sdk.Adapters.AdapterContext.ForDirectory(folder));

        Assert.That(adapter.Descriptor.Id, Is.EqualTo("PE"));
    }
}

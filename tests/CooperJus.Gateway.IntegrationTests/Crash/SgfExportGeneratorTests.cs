using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>The crash test's input generator, checked against the real PE adapter, its code lists and the SDK's identity rules.</summary>
[TestFixture]
public sealed class SgfExportGeneratorTests
{
    private static readonly DateOnly RespondBy = DateOnly.FromDateTime(FixedClock.Now.UtcDateTime).AddDays(200);

    [Test]
    public void Generated_requests_all_translate_to_Spain_without_a_problem()
    {
        using var folder = new TemporaryFolder();
        var (peru, generator) = Generator();
        var export = generator.Write(folder.Path, requests: 30, files: 2, seed: 7, RespondBy);

        var outcomes = Translate(peru, export);

        Assert.That(outcomes.Where(o => !o.IsAccepted || o.Problems.Any(p => p.IsError || p.Rule == "code-list.unknown")).Select(Describe), Is.Empty);
        Assert.That(outcomes.Select(o => o.Record.Request!.IssuingAuthority.RequestReference), Is.EqualTo(export.References));
        Assert.That(outcomes.Select(o => o.Record.Request!.RequestId).Distinct().Count(), Is.EqualTo(30));
        Assert.That(outcomes.Select(o => o.Record.Request!.RequestedAuthority.Country), Is.All.EqualTo("ES"));
        Assert.That(outcomes.SelectMany(o => o.Record.Request!.Offences).Select(o => o.IccsCode), Is.All.Not.Null);
        Assert.That(outcomes.Select(o => o.Record.Request!.Urgency.Deadlines[0].By), Is.All.EqualTo(RespondBy));
    }

    [Test]
    public void Generated_document_numbers_pass_the_identity_rules_in_every_style()
    {
        using var folder = new TemporaryFolder();
        var (peru, generator) = Generator();
        var export = generator.Write(folder.Path, requests: 6, files: 1, seed: 11, RespondBy);

        var documents = Translate(peru, export).SelectMany(o => o.Record.Request!.Persons.SelectMany(p => p.IdentityDocuments)
            .Concat(o.Record.Request.Organisations.SelectMany(g => g.RegistrationNumbers)))
            .Where(d => d.NationalType is "DNI" or "RUC").ToList();

        Assert.That(documents.Select(d => d.Number), Is.EquivalentTo(export.Dnis.Concat(export.Rucs)));
        Assert.That(documents.Select(d => d.CheckDigit), Is.All.EqualTo(CheckDigitStatus.Valid));
        Assert.That(export.Dnis.Select(d => d.Length).Distinct(), Is.EquivalentTo(new[] { 8, 10 }), "plain DNIs and DNIs with their check character");
    }

    [Test]
    public void Dni_and_ruc_check_characters_follow_the_sdk_rules()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            return Enumerable.Range(0, 3).All(style => IdentityNumbers.Check("PE", "DNI", PeruvianIdentityNumbers.Dni(random, style)).Status == CheckDigitStatus.Valid)
                && IdentityNumbers.Check("PE", "RUC", PeruvianIdentityNumbers.CompanyRuc(random)).Status == CheckDigitStatus.Valid;
        }, iter: 300);
    }

    internal static (ICountryAdapter Peru, SgfExportGenerator Generator) Generator()
    {
        var peru = Catalogs.BuiltAdapters.Find("PE") ?? throw new InvalidOperationException("the PE adapter is not built into artifacts/adapters");
        var codeLists = new CodeListSource(Path.Combine(RepositoryPaths.BuiltAdapters, "PE", "codelists"));
        return (peru, SgfExportGenerator.FromSample(Path.Combine(RepositoryPaths.Samples, "PE", "solicitudes_2024_cusco.csv"), peru, codeLists));
    }

    private static List<TranslationOutcome> Translate(ICountryAdapter peru, GeneratedExport export)
    {
        var translator = new Translator(new RequestValidator(Validators.Schema, FixedClock.Create()));
        return export.Files.SelectMany(f => translator.Translate(peru, SourceFile.FromPath(f))).ToList();
    }

    private static string Describe(TranslationOutcome outcome) =>
        $"{outcome.Record.RecordId}: {string.Join("; ", outcome.Problems.Select(p => p.ToString()))}";
}

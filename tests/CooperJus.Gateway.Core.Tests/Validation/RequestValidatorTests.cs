using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Validation;

[TestFixture]
public sealed class RequestValidatorTests
{
    private static readonly SourceLocation CountryCell = new() { File = "solicitudes_x.csv", Row = 3, Field = "PAIS_REQUERIDO", Value = "Españia" };

    private static IReadOnlyList<Problem> Validate(CooperationRequest request, params LineageEntry[] lineage) =>
        Validators.Request().Validate(request, CanonicalJson.Serialize(request), lineage);

    [Test]
    public void Accepts_a_request_with_every_field_filled() => Assert.That(Validate(SomeRequests.Full()), Is.Empty);

    [Test]
    public void Accepts_a_minimal_request() => Assert.That(Validate(SomeRequests.Minimal()), Is.Empty);

    [Test]
    public void Rejects_a_birth_date_in_the_future()
    {
        var full = SomeRequests.Full();
        var request = full with { Persons = [full.Persons[0] with { BirthDate = new DateOnly(2030, 1, 1) }, .. full.Persons.Skip(1)] };

        var problem = Validate(request).Single();

        Assert.That(problem.Rule, Is.EqualTo(ValidationRules.BirthInFuture));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/birthDate"));
        Assert.That(problem.Message, Is.EqualTo("birth date 2030-01-01 is in the future (today is 2024-03-20)."));
    }

    [Test]
    public void Rejects_a_deadline_before_the_request_date()
    {
        var full = SomeRequests.Full();
        var request = full with { Urgency = full.Urgency with { Deadlines = [new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 3, 1) }] } };

        var problem = Validate(request).Single();

        Assert.That(problem.Rule, Is.EqualTo(ValidationRules.DeadlineBeforeRequest));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/urgency/deadlines/0/by"));
    }

    [Test]
    public void Rejects_a_measure_deadline_before_the_request_date()
    {
        var full = SomeRequests.Full();
        var request = full with { Measures = [full.Measures[0] with { RespondBy = new DateOnly(2020, 1, 1) }, .. full.Measures.Skip(1)] };

        Assert.That(Validate(request).Select(p => p.CanonicalPath), Is.EqualTo(new[] { "/measures/0/respondBy" }));
    }

    [Test]
    public void Rejects_a_measure_target_that_no_person_organisation_or_asset_has()
    {
        var full = SomeRequests.Full();
        var request = full with { Measures = [full.Measures[0] with { Subjects = [new MeasureSubject { Ref = "p1" }, new MeasureSubject { Ref = "p99" }] }, .. full.Measures.Skip(1)] };

        var problem = Validate(request).Single();

        Assert.That(problem.Rule, Is.EqualTo(ValidationRules.UnknownMeasureTarget));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/measures/0/subjects/1/ref"));
        Assert.That(problem.Message, Does.Contain("'p99'"));
    }

    [Test]
    public void Rejects_an_asset_holder_that_is_not_a_person_or_organisation()
    {
        var full = SomeRequests.Full();
        var request = full with { Assets = [full.Assets[0] with { HolderRefs = ["a2"] }, .. full.Assets.Skip(1)] };

        Assert.That(Validate(request).Select(p => p.Rule), Is.EqualTo(new[] { ValidationRules.UnknownAssetHolder }));
    }

    [Test]
    public void Rejects_an_asset_whose_detail_does_not_match_its_type()
    {
        var full = SomeRequests.Full();
        var account = full.Assets.First(a => a.BankAccount is not null);
        var request = full with { Assets = [account with { Type = AssetType.Vehicle }] , Measures = [] };

        var problem = Validate(request).Single();

        Assert.That(problem.Rule, Is.EqualTo(ValidationRules.AssetDetailMismatch));
        Assert.That(problem.Message, Is.EqualTo("an asset of type 'vehicle' cannot carry 'bankAccount'."));
    }

    [Test]
    public void Rejects_two_parties_with_the_same_ref()
    {
        var full = SomeRequests.Full();
        var request = full with { Organisations = [full.Organisations[0] with { Ref = "p1" }] };

        Assert.That(Validate(request).Select(p => p.Rule), Does.Contain(ValidationRules.DuplicateRef));
    }

    [Test]
    public void Rejects_a_period_that_ends_before_it_starts()
    {
        var full = SomeRequests.Full();
        var request = full with { Facts = full.Facts with { Period = new DateRange { Start = new DateOnly(2023, 5, 1), End = new DateOnly(2023, 4, 1) } } };

        Assert.That(Validate(request).Select(p => p.Rule), Is.EqualTo(new[] { ValidationRules.RangeReversed }));
    }

    [TestCase("PE", "DNI", "10117410-3")]
    [TestCase("ES", "NIE", "X2482300A")]
    public void Rejects_a_document_number_with_a_wrong_check_digit(string country, string type, string number)
    {
        var full = SomeRequests.Full();
        var document = new IdentityDocument { Type = DocumentType.NationalId, NationalType = type, Number = number, IssuingCountry = country, CheckDigit = CheckDigitStatus.Valid };
        var request = full with { Persons = [full.Persons[0] with { IdentityDocuments = [document] }, .. full.Persons.Skip(1)] };

        var problem = Validate(request).Single();

        Assert.That(problem.Rule, Is.EqualTo(ValidationRules.CheckDigit));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/persons/0/identityDocuments/0/number"));
    }

    [Test]
    public void Names_the_source_cell_of_a_schema_error_through_the_lineage()
    {
        var full = SomeRequests.Full();
        var request = full with { RequestedAuthority = full.RequestedAuthority with { Country = "Españia" } };
        var lineage = new LineageEntry { CanonicalPath = "/requestedAuthority/country", Conversion = "copy", Sources = [CountryCell] };

        var problems = Validate(request, lineage);

        Assert.That(problems.Select(p => p.Message), Is.EquivalentTo(new[]
        {
            "value does not match the pattern ^[A-Z]{2}$ (PatternMismatch).",
            "text is longer than 2 characters (StringTooLong).",
        }));
        var problem = problems[0];
        Assert.That(problem.Rule, Is.EqualTo(ValidationRules.Schema));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/requestedAuthority/country"));
        Assert.That(problem.Source, Is.EqualTo(CountryCell));
        Assert.That(problem.ToString(), Does.Contain("solicitudes_x.csv row 3, field PAIS_REQUERIDO, value \"Españia\""));
    }

    [Test]
    public void Falls_back_to_the_nearest_recorded_ancestor_for_the_source()
    {
        var full = SomeRequests.Full();
        var request = full with { RequestedAuthority = full.RequestedAuthority with { Country = "Españia" } };
        var lineage = new LineageEntry { CanonicalPath = "/requestedAuthority", Conversion = "copy", Sources = [CountryCell] };

        Assert.That(Validate(request, lineage).Select(p => p.Source), Is.All.EqualTo(CountryCell));
    }

    [Test]
    public void Reports_a_missing_required_property_at_its_own_path()
    {
        var json = CanonicalJson.Serialize(SomeRequests.Minimal()).Replace("\"requestId\"", "\"requestIdentifier\"", StringComparison.Ordinal);

        var paths = Validators.Request().ValidateJson(json).Select(p => p.CanonicalPath);

        Assert.That(paths, Does.Contain("/requestId"));
    }

    [Test]
    public void Runs_semantic_rules_on_json_only_when_it_fits_the_schema()
    {
        var full = SomeRequests.Full();
        var json = CanonicalJson.Serialize(full with { Persons = [full.Persons[0] with { BirthDate = new DateOnly(2030, 1, 1) }] })
            .Replace("\"language\": \"es\"", "\"language\": 42", StringComparison.Ordinal);

        var rules = Validators.Request().ValidateJson(json).Select(p => p.Rule).Distinct();

        Assert.That(rules, Is.EqualTo(new[] { ValidationRules.Schema }));
    }
}

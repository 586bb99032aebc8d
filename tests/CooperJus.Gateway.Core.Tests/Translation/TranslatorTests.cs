using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Tests.Translation;

[TestFixture]
public sealed class TranslatorTests
{
    private static readonly SourceFile AnyFile = SourceFile.FromBytes("scripted_1.txt", []);
    private static readonly SourceLocation BirthCell = new() { File = "scripted_1.txt", Row = 4, Field = "FECHA_NACIMIENTO", Value = "01/01/2030" };

    private static List<TranslationOutcome> Translate(params RecordResult[] results) =>
        new Translator(Validators.Request()).Translate(new ScriptedAdapter(results), AnyFile).ToList();

    [Test]
    public void Accepts_a_valid_record_with_its_canonical_json()
    {
        var outcome = Translate(new RecordResult { RecordId = "1", Request = SomeRequests.Full() }).Single();

        Assert.That(outcome.IsAccepted, Is.True);
        Assert.That(outcome.CanonicalJson, Does.Contain(SomeRequests.RequestId));
    }

    [Test]
    public void Keeps_warnings_on_an_accepted_record()
    {
        var warning = Problem.Warning("code-list.unknown", "CP-999 is not in code list 'offences'.");

        var outcome = Translate(new RecordResult { RecordId = "1", Request = SomeRequests.Full(), Problems = [warning] }).Single();

        Assert.That(outcome.IsAccepted, Is.True);
        Assert.That(outcome.Problems, Is.EqualTo(new[] { warning }));
    }

    [Test]
    public void Rejects_a_record_the_adapter_found_errors_in_without_validating_it()
    {
        var error = Problem.Error("date.invalid", "'31/02/2024' is not a real calendar date.", BirthCell);

        var outcome = Translate(new RecordResult { RecordId = "1", Request = SomeRequests.Full(), Problems = [error] }).Single();

        Assert.That(outcome.IsAccepted, Is.False);
        Assert.That(outcome.Problems, Is.EqualTo(new[] { error }));
    }

    [Test]
    public void Rejects_a_record_that_fails_validation_and_names_its_source_cell()
    {
        var full = SomeRequests.Full();
        var request = full with { Persons = [full.Persons[0] with { BirthDate = new DateOnly(2030, 1, 1) }, .. full.Persons.Skip(1)] };
        var lineage = new LineageEntry { CanonicalPath = "/persons/0/birthDate", Conversion = "day-first-date", Sources = [BirthCell] };

        var outcome = Translate(new RecordResult { RecordId = "1", Request = request, Lineage = [lineage] }).Single();

        Assert.That(outcome.IsAccepted, Is.False);
        Assert.That(outcome.Problems.Single().Rule, Is.EqualTo(ValidationRules.BirthInFuture));
        Assert.That(outcome.Problems.Single().Source, Is.EqualTo(BirthCell));
    }

    [Test]
    public void One_bad_record_does_not_stop_the_good_ones()
    {
        var outcomes = Translate(
            RecordResult.FileProblem(Problem.Error("csv.unknown-column", "x", BirthCell)),
            new RecordResult { RecordId = "1", Problems = [Problem.Error("date.invalid", "x", BirthCell)] },
            new RecordResult { RecordId = "2", Request = SomeRequests.Minimal() });

        Assert.That(outcomes.Select(o => o.IsAccepted), Is.EqualTo(new[] { false, false, true }));
        Assert.That(outcomes[0].IsFileProblem, Is.True);
    }

    [Test]
    public void A_file_level_warning_counts_as_a_warning_not_a_rejection()
    {
        var summary = new TranslationSummary();
        foreach (var outcome in Translate(
            RecordResult.FileProblem(Problem.Warning("csv.unknown-column", "column OBSERVACIONES is not part of the format", BirthCell)),
            new RecordResult { RecordId = "2", Request = SomeRequests.Minimal() }))
            summary.Add(outcome);

        Assert.That((summary.Accepted, summary.Rejected, summary.FileProblems, summary.Warnings), Is.EqualTo((1L, 0L, 0L, 1L)));
        Assert.That(summary.AllAccepted, Is.True);
    }

    [Test]
    public void An_adapter_that_throws_ends_the_file_with_a_problem_and_keeps_what_it_read_before()
    {
        var adapter = new ThrowingAfterOneAdapter(new RecordResult { RecordId = "1", Request = SomeRequests.Minimal() });

        var outcomes = new Translator(Validators.Request()).Translate(adapter, AnyFile).ToList();

        Assert.That(outcomes.Select(o => o.IsAccepted), Is.EqualTo(new[] { true, false }));
        Assert.That(outcomes[1].Problems.Single().Rule, Is.EqualTo(Translator.AdapterFailedRule));
        Assert.That(outcomes[1].Problems.Single().Message, Does.Contain("InvalidOperationException: bug in row 2"));
    }

    private sealed class ThrowingAfterOneAdapter(RecordResult first) : ICountryAdapter
    {
        public AdapterDescriptor Descriptor => new ScriptedAdapter().Descriptor;

        public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
        {
            yield return first;
            throw new InvalidOperationException("bug in row 2");
        }

        public RenderReport Render(IReadOnlyList<Sdk.Model.CooperationRequest> requests, Stream output) => throw new NotSupportedException();
    }
}

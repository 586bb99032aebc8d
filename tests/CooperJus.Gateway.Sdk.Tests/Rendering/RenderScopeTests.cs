using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Rendering;

/// <summary>
/// A render scope reports, in one vocabulary, what a national format does not carry or carries changed, and reports
/// by itself every non-empty field the adapter did not declare: nothing is dropped silently.
/// </summary>
public sealed class RenderScopeTests
{
    private static readonly CarriedPaths Nothing = new();

    [Test]
    public void Warns_for_a_non_empty_field_the_adapter_did_not_declare()
    {
        var request = Some.Request();
        var carried = new CarriedPaths(AllLeavesBut(request, "/facts/place"));

        var warnings = new RenderScope(request, 0, "the test format", carried).Complete();

        Assert.That(warnings.Select(w => (w.Rule, w.CanonicalPath, w.IsError)), Is.EqualTo(new[] { ("render.not-carried", "/facts/place", false) }));
        Assert.That(warnings[0].Message, Is.EqualTo($"Request 1 ({request.RequestId}): /facts/place (\"Cusco\") is not carried: the test format has no place for it; it is left out."));
    }

    [Test]
    public void Does_not_warn_twice_for_a_field_already_reported()
    {
        var request = Some.Request();
        var scope = new RenderScope(request, 2, "the test format", new CarriedPaths(AllLeavesBut(request, "/facts/place", "/confidentiality/reason")));
        scope.Altered("/facts/place", "it is written in the summary.");
        scope.NotCarried("/confidentiality", "the format has no confidentiality.");
        scope.NotCarried("/confidentiality", "said twice.");

        var warnings = scope.Complete();

        Assert.That(warnings.Select(w => (w.Rule, w.CanonicalPath)), Is.EqualTo(new[] { ("render.altered", "/facts/place"), ("render.not-carried", "/confidentiality") }));
        Assert.That(warnings[0].Message, Does.StartWith($"Request 3 ({request.RequestId}): /facts/place (\"Cusco\") is altered: it is written in the summary."));
    }

    [Test]
    public void A_declared_subtree_carries_every_field_under_it()
    {
        var request = Some.Request();
        var carried = new CarriedPaths(AllLeavesBut(request, "/urgency").Append("/urgency"));

        Assert.That(new RenderScope(request, 0, "the test format", carried).Complete(), Is.Empty);
    }

    [Test]
    public void A_star_stands_for_any_index_and_a_literal_index_for_that_element_only()
    {
        var carried = new CarriedPaths("/persons/*/fullName", "/persons/*/nationalities/0");

        Assert.That(carried.Carries("/persons/0/fullName"), Is.True);
        Assert.That(carried.Carries("/persons/12/fullName"), Is.True);
        Assert.That(carried.Carries("/persons/1/nationalities/0"), Is.True);
        Assert.That(carried.Carries("/persons/1/nationalities/1"), Is.False);
        Assert.That(carried.Carries("/persons/1/fullNames"), Is.False);
        Assert.That(carried.Carries("/persons/1"), Is.False, "a pattern covers what is under it, not what is above");
    }

    [TestCase("persons/*/fullName")]
    [TestCase("")]
    [TestCase("/persons//fullName")]
    public void A_carried_path_that_is_not_a_json_pointer_is_refused(string pattern) =>
        Assert.That(() => new CarriedPaths(pattern), Throws.ArgumentException.With.Message.Contain(pattern));

    [Test]
    public void Document_fields_are_never_reported()
    {
        var request = Some.Request();

        var paths = new RenderScope(request, 0, "the test format", Nothing).Complete().Select(w => w.CanonicalPath).ToList();

        Assert.That(paths, Has.None.StartsWith("/provenance").And.None.EqualTo("/schemaVersion"));
        Assert.That(paths, Does.Contain("/requestId").And.Contain("/createdAt").And.Contain("/kind"));
    }

    [Test]
    public void Only_present_values_are_reported_by_not_carried_if_present()
    {
        var request = Some.Request() with { Persons = [Some.Request().Persons[0] with { Aliases = [] }], DualCriminality = null };
        var scope = new RenderScope(request, 0, "the test format", Nothing);

        scope.NotCarriedIfPresent("/persons/0/aliases", "no aliases.");
        scope.NotCarriedIfPresent("/dualCriminality", "no statement.");
        scope.NotCarriedIfPresent("/facts/place", "no place.");

        Assert.That(scope.Warnings.Select(w => w.CanonicalPath), Is.EqualTo(new[] { "/facts/place" }));
    }

    [Test]
    public void A_missing_required_field_is_reported_as_empty()
    {
        var request = Some.Request() with { Offences = [] };
        var scope = new RenderScope(request, 0, "the test format", Nothing);

        scope.RequiredMissing("/offences", "the national system refuses a request without an offence.");

        Assert.That(scope.Warnings.Single().Rule, Is.EqualTo(RenderRules.RequiredMissing));
        Assert.That(scope.Warnings.Single().Message, Does.EndWith("/offences (empty) is required: the national system refuses a request without an offence."));
    }

    [Test]
    public void A_long_value_is_shortened_in_the_message()
    {
        var request = Some.Request() with { Facts = new Facts { Summary = new string('x', 500) } };
        var scope = new RenderScope(request, 0, "the test format", Nothing);

        scope.Altered("/facts/summary", "cut.");

        Assert.That(scope.Warnings.Single().Message, Does.Contain("(\"" + new string('x', 119) + "…)"));
    }

    [Test]
    public void Warnings_after_completion_are_refused_and_completion_is_idempotent()
    {
        var scope = new RenderScope(Some.Request(), 0, "the test format", Nothing);
        var first = scope.Complete().Count;

        Assert.That(() => scope.NotCarried("/kind", "late."), Throws.InvalidOperationException);
        Assert.That(scope.Complete(), Has.Count.EqualTo(first));
    }

    [Test]
    public void The_vocabulary_is_three_rules() =>
        Assert.That(RenderRules.All, Is.EqualTo(new[] { "render.not-carried", "render.altered", "render.required-missing" }));

    /// <summary>Every non-empty leaf of the request's canonical JSON except <paramref name="left"/> (and what is under them).</summary>
    internal static IEnumerable<string> AllLeavesBut(CooperationRequest request, params string[] left) =>
        CanonicalLeafPointers.Of(request).Where(p => !left.Any(l => p == l || p.StartsWith(l + "/", StringComparison.Ordinal)));
}

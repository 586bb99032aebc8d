using CooperJus.Adapters.PE.Tests.Support;
using static CooperJus.Adapters.PE.Tests.Support.SgfCsv;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>One row per party: the contiguous rows of a request number make one request, repeating its columns unchanged.</summary>
public sealed class GroupingTests
{
    [Test]
    public void Contiguous_rows_of_a_request_number_make_one_request()
    {
        var results = Pe.Read(Build(Row(Request("SGF-1"), Person()), Row(Request("SGF-1"), Company()), Row(Request("SGF-2"), CulturalObject())));

        Assert.That(results.Select(r => r.RecordId), Is.EqualTo(new[] { "SGF-1", "SGF-2" }));
        Assert.That(results[0].Request!.Persons, Has.Count.EqualTo(1));
        Assert.That(results[0].Request!.Organisations, Has.Count.EqualTo(1));
        Assert.That(results[1].Request!.Assets, Has.Count.EqualTo(1));
    }

    [Test]
    public void Request_number_that_comes_back_after_another_request_is_an_error_naming_both_rows()
    {
        var results = Pe.Read(Build(Row(Request("SGF-1"), Person()), Row(Request("SGF-2"), Person()), Row(Request("SGF-1"), Company())));

        Assert.That(results.Select(r => (r.RecordId, r.IsAccepted)), Is.EqualTo(new (string?, bool)[] { ("SGF-1", true), ("SGF-2", true), ("SGF-1", false) }));
        var error = results[2].Problems.Single(p => p.IsError);
        Assert.That(error.Rule, Is.EqualTo("csv.non-contiguous"));
        Assert.That(error.Source!.Row, Is.EqualTo(4));
        Assert.That(error.Message, Does.Contain("row 4").And.Contain("row 2"));
    }

    [Test]
    public void Request_level_value_that_differs_between_rows_is_an_error_naming_column_and_rows()
    {
        var results = Pe.Read(Build(Row(Request(), Person()), Row(Request(), Company()), Row(Request(), CulturalObject(), ("HECHOS", "Otros hechos."))));

        var error = results.Single().Problems.Single();
        Assert.That(error.Rule, Is.EqualTo("csv.conflicting-values"));
        Assert.That(error.Source!.Field, Is.EqualTo("HECHOS"));
        Assert.That(error.Source.Row, Is.EqualTo(4));
        Assert.That(error.Message, Does.Contain("row 4").And.Contain("row 2"));
        Assert.That(results.Single().Request, Is.Null);
    }

    [Test]
    public void Surrounding_spaces_are_not_a_conflict()
    {
        var results = Pe.Read(Build(Row(Request(), Person()), Row(Request(), Company(), ("DEPENDENCIA", " Fiscalía Provincial Penal Corporativa de Cusco ")), Row(Request(" SGF-2024-000001"), CulturalObject())));

        Assert.That(results.Single().IsAccepted, Is.True);
    }
}

using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The auditor view shows and searches the statuses of the v2 response in their own words: a postponed request is
/// shown postponed (overdue past its deadline), a withdrawn one withdrawn and never overdue.
/// </summary>
[TestFixture]
public sealed class StatusDisplayTests
{
    private static readonly Viewer Auditor = new("ana", AuditorRoles.Auditor, new FormToken("__form", "token"));

    private static readonly string[] V2Statuses = ["postponed", "conditions-proposed", "forwarded", "measure-substituted", "withdrawn"];

    [Test]
    public void The_search_form_offers_the_v2_statuses()
    {
        var page = SearchPage.Render(Auditor, SearchForm.Empty, null, [], searched: false);

        Assert.That(V2Statuses.Where(s => !page.Contains($"<option value=\"{s}\">{s}</option>", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_search_by_a_v2_status_asks_the_store_for_that_status()
    {
        var problems = new List<string>();

        var search = (SearchForm.Empty with { Status = "conditions-proposed" }).ToSearch(new PersonSearchTerms(new byte[PersonSearchTerms.KeyBytes]), problems);

        Assert.That(problems, Is.Empty);
        Assert.That(search?.Status, Is.EqualTo(RequestStatus.ConditionsProposed));
    }

    [TestCase(RequestStatus.Postponed, true, "postponed (overdue)")]
    [TestCase(RequestStatus.Forwarded, false, "forwarded")]
    [TestCase(RequestStatus.Withdrawn, false, "withdrawn")]
    [TestCase(RequestStatus.MeasureSubstituted, false, "measure-substituted")]
    public void A_request_page_and_a_search_hit_show_the_partner_s_v2_status(RequestStatus status, bool overdue, string shown)
    {
        var summary = Summary(status, overdue);

        var page = RequestPage.Render(Auditor, new AuditRequestView(summary, null, null, null, null, []), new Dictionary<string, OutboxState>(), null, true);
        var hits = SearchPage.Render(Auditor, SearchForm.Empty, [summary], [], searched: true);

        Assert.That(page, Does.Contain($"<th>Status</th><td>{shown}</td>"));
        Assert.That(hits, Does.Contain($"<td>{shown}</td>"));
    }

    private static RequestSummary Summary(RequestStatus status, bool overdue) =>
        new(new TrackedRequest("r-1", RequestDirection.Outgoing, "CASE-1", "es", "ES", new DateOnly(2025, 4, 1), new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), status),
            new DateTimeOffset(2025, 3, 2, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero), overdue);
}

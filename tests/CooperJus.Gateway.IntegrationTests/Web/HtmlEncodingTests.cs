using System.Text;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Web;
using CsCheck;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// Whatever the store holds is shown as text, never as markup: a national system, a partner or an attacker who
/// controls a case reference, a record, a lineage value or a fact cannot put a script into an auditor's browser.
/// </summary>
[TestFixture]
public sealed class HtmlEncodingTests
{
    private const string Hostile = "<script>alert('x')</script>";
    private const string HostileAttribute = "\" onmouseover=\"alert(1)";
    private static readonly Viewer Auditor = new("ana", AuditorRoles.Operator, new FormToken("__form", "token\"><b>"));

    [Test]
    public void A_hostile_case_reference_shows_as_text_in_the_search_hits()
    {
        var page = SearchPage.Render(Auditor, SearchForm.Empty with { CaseReference = HostileAttribute }, [Summary(Hostile, "id-1")], [], searched: true);

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Not.Contain("<script>"));
            Assert.That(page, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"));
            Assert.That(page, Does.Not.Contain("\" onmouseover=\"").And.Contain("&quot; onmouseover=&quot;"));
            Assert.That(page, Does.Not.Contain("\"><b>"), "the form token is encoded too");
        });
    }

    [Test]
    public void Hostile_values_in_a_request_show_as_text_everywhere_on_its_page()
    {
        var lineage = $$"""{"requestId":"r","sourceFile":"{{"<img src=x onerror=alert(1)>"}}","entries":[{"canonicalPath":"/issuingAuthority/caseReference","sources":[{"row":2,"field":"CARPETA_FISCAL","value":"{{Hostile}}"}],"conversion":"copy"}]}""";
        var sealedEvent = Event(AuditEventKinds.MessageSealed, messageId: "</td><script>m</script>", facts: [new("reason", Hostile)]);
        var view = new AuditRequestView(Summary(Hostile, "id<1>"), "<b>file</b>.csv", $"SGF;{Hostile}", $$"""{"caseReference":"{{Hostile}}"}""", lineage, [sealedEvent]);

        var page = RequestPage.Render(Auditor, view, new Dictionary<string, OutboxState> { ["</td><script>m</script>"] = OutboxState.DeadLettered }, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Not.Contain("<script>").And.Not.Contain("<img").And.Not.Contain("<b>file"));
            Assert.That(page, Does.Contain("&lt;script&gt;alert("), "the values are there, as text");
            Assert.That(page, Does.Contain("name=\"requestId\" value=\"id&lt;1&gt;\""), "ids in form fields are encoded");
            Assert.That(page, Does.Contain("/audit/messages/%3C%2Ftd%3E%3Cscript%3Em%3C%2Fscript%3E/replay"));
        });
    }

    [Test]
    public void Encoded_text_never_holds_a_character_that_means_something_in_html()
    {
        Gen.String.Sample(text =>
        {
            var encoded = Html.Encode(text);
            return encoded.IndexOfAny(['<', '>', '"', '\'']) < 0 && (!text.Contains('&') || encoded.Contains("&amp;", StringComparison.Ordinal));
        }, iter: 500);
    }

    [Test]
    public void Accented_names_stay_readable_in_the_page_source()
    {
        Assert.That(Html.Encode("Ángela Rocío Cárdenas Ñahui"), Is.EqualTo("Ángela Rocío Cárdenas Ñahui"));
    }

    private static RequestSummary Summary(string caseReference, string requestId) =>
        new(new TrackedRequest(requestId, RequestDirection.Outgoing, caseReference, "es<x>", "ES", new DateOnly(2026, 6, 30), new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), RequestStatus.Delivered),
            new DateTimeOffset(2026, 3, 1, 10, 5, 0, TimeSpan.Zero), null, false);

    private static AuditEvent Event(string kind, string? messageId, IReadOnlyList<KeyValuePair<string, string>> facts) =>
        new(7, new DateTimeOffset(2026, 3, 1, 10, 1, 0, TimeSpan.Zero), kind, "id<1>", messageId, Hostile, "es", "ES", "gateway", facts,
            new AuditBodyInfo("ab12", 120, "application/jose", false), "cd34", Encoding.UTF8.GetBytes("{}"));
}

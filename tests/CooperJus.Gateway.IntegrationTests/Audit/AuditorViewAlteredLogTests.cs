using System.Text.RegularExpressions;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>
/// The auditor view's request page over a store where a header was rewritten into something that no longer parses:
/// what reading it throws is recognised, and the page answered says the log was altered instead of a 500. (Tampering
/// the store of the view's running gateway would break its other tests: the page is checked on its own.)
/// </summary>
[TestFixture]
public sealed class AuditorViewAlteredLogTests
{
    private static AuditedGateways Pair => AuditCliSetup.Pair;

    [Test]
    public async Task Reading_a_request_whose_stored_header_no_longer_parses_throws_what_the_view_recognises()
    {
        using var folder = new TemporaryFolder();
        var events = await Pair.Audit.GetEventsAsync(Pair.RequestId, null, CancellationToken.None);
        var target = events.First(e => e.Kind == AuditEventKinds.LineageRecorded).Sequence;
        Pair.CopyWithHeaderRewritten(folder, target, header => Regex.Replace(header, "\"at\":\"[^\"]*\"", "\"at\":\"yesterday\""));
        await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = folder.Combine("gateway.db") }, TimeProvider.System, CancellationToken.None);

        var error = Assert.CatchAsync(async () => await store.Audit.GetRequestViewAsync(Pair.RequestId, CancellationToken.None));

        Assert.That(error, Is.InstanceOf<AuditLogAlteredException>(), error!.ToString());
    }

    [Test]
    public void The_page_says_the_log_was_altered_and_to_verify_it_without_a_server_error()
    {
        var viewer = new Viewer("ana", AuditorRoles.Auditor, new FormToken("__form", "token"));

        var page = AlteredLog.Page(viewer) as ContentHttpResult;

        Assert.That(page, Is.Not.Null);
        Assert.That(page!.StatusCode, Is.EqualTo(StatusCodes.Status409Conflict));
        Assert.That(page.ResponseContent, Does.Contain("A stored audit header of this request is no longer readable: the log was altered; run `cooperjus audit verify`"));
        Assert.That(page.ResponseContent, Does.Contain("Verify the chain").And.Not.Contain("Exception"));
    }
}

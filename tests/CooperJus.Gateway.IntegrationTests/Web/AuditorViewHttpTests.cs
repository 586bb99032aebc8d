using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The view's rules at the HTTP level, against a real gateway whose one request is dead-lettered (Spain is down):
/// sign-in first, no caching, no script, tokens on every POST, cookies a script cannot read or another site send,
/// the same refusal whether or not the account exists, locks after repeated failures, and roles.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AuditorViewHttpTests
{
    private AuditedGateways _gateways = null!;

    [OneTimeSetUp]
    public async Task Start() => _gateways = await AuditedGateways.StartAsync(spainIsDown: true, withAuditorView: true);

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_gateways is not null) await _gateways.DisposeAsync();
    }

    [TestCase("/audit")]
    [TestCase("/audit/verify")]
    [TestCase("/audit/requests/any-id")]
    public async Task A_page_sends_a_visitor_who_has_not_signed_in_to_the_sign_in_form(string path)
    {
        using var client = Client();

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/audit/sign-in?returnUrl="));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
    }

    [Test]
    public async Task A_search_without_signing_in_finds_nothing()
    {
        using var client = Client();
        await client.GetAsync("/audit/sign-in");

        using var response = await client.PostAsync("/audit/search", [new("person", _gateways.IdentityNumber)]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(_gateways.RequestId));
    }

    [Test]
    public async Task Pages_are_not_cached_frame_nothing_and_run_no_script()
    {
        using var client = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        using var response = await client.GetAsync($"/audit/requests/{_gateways.RequestId}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'").And.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(page, Does.Not.Contain("<script"));
            Assert.That(page, Does.Contain(_gateways.CaseReference));
        });
    }

    [Test]
    public async Task Sign_in_cookies_cannot_be_read_by_scripts_nor_sent_by_other_sites()
    {
        using var client = Client();

        using var response = await client.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(cookies, Has.Some.StartsWith("cooperjus.audit="));
        Assert.That(cookies, Has.All.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase.And.Contain("path=/audit"));
    }

    [Test]
    public async Task A_post_without_the_form_token_is_refused()
    {
        using var client = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);

        using var search = await client.PostAsync("/audit/search", [new("caseReference", _gateways.CaseReference)], withToken: false);
        using var verify = await client.PostAsync("/audit/verify", [], withToken: false);

        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await search.Content.ReadAsStringAsync(), Does.Not.Contain(_gateways.RequestId));
        Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answer_and_no_session()
    {
        using var client = Client();

        using var wrong = await client.SignInAsync(TestAccounts.Auditor, TestAccounts.WrongPassword);
        using var unknown = await client.SignInAsync("nobody-here", TestAccounts.WrongPassword);

        var wrongPage = await wrong.Content.ReadAsStringAsync();
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(wrongPage, Does.Contain(Html.Encode(SignInPage.Refused)));
            Assert.That(unknownPage, Does.Contain(Html.Encode(SignInPage.Refused)));
            Assert.That(wrong.StatusCode, Is.EqualTo(unknown.StatusCode));
            Assert.That(wrong.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith("cooperjus.audit=", StringComparison.Ordinal)), Is.False);
        });
        using var page = await client.GetAsync("/audit");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "still not signed in");
    }

    [Test]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var client = Client();
        for (var i = 0; i < 5; i++) (await client.SignInAsync(TestAccounts.Lockable, TestAccounts.WrongPassword)).Dispose();

        using var right = await client.SignInAsync(TestAccounts.Lockable, TestAccounts.AuditorPassword);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the sign-in form again, not a redirect into the view");
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain(Html.Encode(SignInPage.Refused)));
    }

    [Test]
    public async Task An_auditor_may_not_replay_a_message()
    {
        using var client = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        using var page = await client.GetAsync($"/audit/requests/{_gateways.RequestId}");
        var replaysBefore = await ReplaysAsync();

        using var response = await client.PostAsync($"/audit/messages/{_gateways.MessageId}/replay", [new("requestId", _gateways.RequestId)]);

        Assert.That(await page.Content.ReadAsStringAsync(), Does.Not.Contain("/replay"), "an auditor's timeline has no replay button");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/audit/forbidden"));
        Assert.That(await ReplaysAsync(), Is.EqualTo(replaysBefore), "nothing was replayed");
    }

    [Test]
    public async Task An_operator_replays_a_dead_letter_from_the_timeline_and_the_log_names_the_operator()
    {
        using var client = await SignedInAsync(TestAccounts.Operator, TestAccounts.OperatorPassword);
        using var before = await client.GetAsync($"/audit/requests/{_gateways.RequestId}");
        Assert.That(await before.Content.ReadAsStringAsync(), Does.Contain($"/audit/messages/{_gateways.MessageId}/replay"), "the timeline offers the replay");

        using var response = await client.PostAsync($"/audit/messages/{_gateways.MessageId}/replay", [new("requestId", _gateways.RequestId)]);

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/audit/requests/{_gateways.RequestId}?notice=replayed"));
        var replays = (await _gateways.Audit.GetEventsAsync(null, _gateways.MessageId, CancellationToken.None)).Where(e => e.Kind == AuditEventKinds.OperatorReplay);
        Assert.That(replays.Select(e => e.Actor), Is.EqualTo(new[] { TestAccounts.Operator }));
        using var after = await client.GetAsync(response.Headers.Location!.ToString());
        Assert.That(await after.Content.ReadAsStringAsync(), Does.Contain("is queued again"));
    }

    [Test]
    public async Task Signing_in_and_opening_a_request_are_recorded_in_the_audit_log_with_the_account_name()
    {
        var before = (await _gateways.Audit.GetHeadAsync(CancellationToken.None))!.Sequence;
        using var client = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        using var page = await client.GetAsync($"/audit/requests/{_gateways.RequestId}");

        // The gateway's own work (a replayed message being retried) may add events in between: keep the auditor's.
        var added = _gateways.Audit.ReadRows(before + 1, null, CancellationToken.None).Select(r => AuditHeader.Parse(r.Header, r.BodyPruned))
            .Where(e => e.Actor != AuditActors.Gateway).ToList();

        Assert.That(added.Select(e => (e.Kind, e.Actor, e.RequestId)), Is.EqualTo(new (string, string, string?)[]
        {
            (AuditEventKinds.AuditorSignedIn, TestAccounts.Auditor, null),
            (AuditEventKinds.AuditorViewedRequest, TestAccounts.Auditor, _gateways.RequestId),
        }));
    }

    [Test]
    public async Task A_search_by_person_is_recorded_with_the_account_and_a_hash_of_the_terms_never_the_words()
    {
        var view = await _gateways.Audit.GetRequestViewAsync(_gateways.RequestId, CancellationToken.None);
        var name = JsonNode.Parse(view!.CanonicalJson!)!["persons"]![0]!["fullName"]!.GetValue<string>();
        var before = (await _gateways.Audit.GetHeadAsync(CancellationToken.None))!.Sequence;
        using var client = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        await client.GetAsync("/audit");

        using var byName = await client.PostAsync("/audit/search", [new("person", name)]);
        using var sameNameTypedOtherwise = await client.PostAsync("/audit/search", [new("person", "  " + name.ToUpperInvariant())]);
        using var byNumber = await client.PostAsync("/audit/search", [new("person", _gateways.IdentityNumber)]);
        using var byCase = await client.PostAsync("/audit/search", [new("caseReference", _gateways.CaseReference)]);

        var rows = _gateways.Audit.ReadRows(before + 1, null, CancellationToken.None).Where(r => r.Kind == AuditEventKinds.AuditorSearchedPerson).ToList();
        var searches = rows.Select(r => AuditHeader.Parse(r.Header, r.BodyPruned)).ToList();
        var headers = string.Join("\n", searches.Select(e => Encoding.UTF8.GetString(e.Header.Span)));
        TestContext.Out.WriteLine(headers);
        Assert.Multiple(() =>
        {
            Assert.That(searches, Has.Count.EqualTo(3), "the three searches by person, not the one by case reference");
            Assert.That(searches.Select(e => e.Actor), Is.All.EqualTo(TestAccounts.Auditor));
            Assert.That(searches.Select(e => e.Fact("hits")), Is.All.EqualTo("1"));
            Assert.That(searches[0].Fact("terms"), Is.EqualTo(SearchEndpoints.TermsHash(_gateways.Peru.Services.SearchTerms.OfQuery(name))).And.Length.EqualTo(64));
            Assert.That(searches[1].Fact("terms"), Is.EqualTo(searches[0].Fact("terms")), "the same person, however typed");
            Assert.That(searches[2].Fact("terms"), Is.Not.EqualTo(searches[0].Fact("terms")));
            Assert.That(headers, Does.Not.Contain(_gateways.IdentityNumber));
            // Words of three letters or fewer could occur in a header by chance (the account "ana").
            foreach (var word in name.Split(' ').Where(w => w.Length > 3)) Assert.That(headers, Does.Not.Contain(word).IgnoreCase, "no word of the person's name");
        });
    }

    [Test]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await SignedInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword);
        await client.GetAsync("/audit");

        using var signOut = await client.PostAsync("/audit/sign-out", []);
        using var page = await client.GetAsync("/audit");

        Assert.That(signOut.Headers.Location!.ToString(), Does.StartWith("/audit/sign-in"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    private AuditorViewClient Client() => new(_gateways.Peru.Url);

    private async Task<int> ReplaysAsync() =>
        (await _gateways.Audit.GetEventsAsync(null, _gateways.MessageId, CancellationToken.None)).Count(e => e.Kind == AuditEventKinds.OperatorReplay);

    private async Task<AuditorViewClient> SignedInAsync(string account, string password)
    {
        var client = Client();
        using var response = await client.SignInAsync(account, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{account} signs in");
        return client;
    }
}

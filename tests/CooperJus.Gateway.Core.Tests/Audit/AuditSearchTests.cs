using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Storage;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>How an auditor finds a request: by case, id, country, partner, status, dates, and a person's name or number.</summary>
public sealed class AuditSearchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [TestCase("10117410-2")]
    [TestCase("101174102")]
    [TestCase("x2482300w")]
    [TestCase("quispe")]
    [TestCase("Juan QUISPE")]
    [TestCase("huaquero")]
    [TestCase("Quíspe Mamani")]
    public async Task Finds_a_request_by_a_persons_identity_number_or_name_words(string query)
    {
        await using var audit = await IntakeOfOneRequestAsync();

        var hits = await audit.Log.SearchAsync(new AuditSearch(PersonTerms: TestSearchTerms.Fixed.OfQuery(query)), None);

        Assert.That(hits.Select(h => h.RequestId), Is.EqualTo(new[] { SomeRequests.RequestId }));
    }

    [TestCase("Juan Perez")]
    [TestCase("10117410-3")]
    [TestCase("--")]
    public async Task Finds_nothing_when_a_word_or_number_does_not_match(string query)
    {
        await using var audit = await IntakeOfOneRequestAsync();

        Assert.That(await audit.Log.SearchAsync(new AuditSearch(PersonTerms: TestSearchTerms.Fixed.OfQuery(query)), None), Is.Empty);
    }

    [Test]
    public async Task Combines_case_reference_country_partner_status_and_dates()
    {
        await using var audit = await IntakeOfOneRequestAsync();
        var created = DateOnly.FromDateTime(SomeRequests.CreatedAt.UtcDateTime);

        Assert.Multiple(async () =>
        {
            Assert.That(await Count(audit, new AuditSearch(CaseReference: "2506015500-2024-45-0")), Is.EqualTo(1));
            Assert.That(await Count(audit, new AuditSearch(CaseReference: "2506015500-2024-45-0", Country: "es", PartnerId: "es", Status: RequestStatus.Submitted)), Is.EqualTo(1));
            Assert.That(await Count(audit, new AuditSearch(CaseReference: "2506015500-2024-45-0", Status: RequestStatus.Delivered)), Is.EqualTo(0));
            Assert.That(await Count(audit, new AuditSearch(From: created, To: created)), Is.EqualTo(1));
            Assert.That(await Count(audit, new AuditSearch(From: created.AddDays(1))), Is.EqualTo(0));
            Assert.That(await Count(audit, new AuditSearch(RequestId: "m1")), Is.EqualTo(1), "a message id finds its request");
        });
    }

    [Test]
    public async Task Resolves_a_request_id_a_message_id_or_a_case_reference_to_requests()
    {
        await using var audit = await IntakeOfOneRequestAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await audit.Log.ResolveAsync(SomeRequests.RequestId, None), Is.EqualTo(new[] { SomeRequests.RequestId }));
            Assert.That(await audit.Log.ResolveAsync("m1", None), Is.EqualTo(new[] { SomeRequests.RequestId }));
            Assert.That(await audit.Log.ResolveAsync("2506015500-2024-45-0", None), Is.EqualTo(new[] { SomeRequests.RequestId }));
            Assert.That(await audit.Log.ResolveAsync("nothing", None), Is.Empty);
        });
    }

    [Test]
    public async Task The_request_view_shows_the_original_record_the_canonical_document_the_lineage_and_the_timeline()
    {
        await using var audit = await IntakeOfOneRequestAsync();

        var view = (await audit.Log.GetRequestViewAsync(SomeRequests.RequestId, None))!;

        Assert.Multiple(() =>
        {
            Assert.That(view.SourceFile, Is.EqualTo("export.csv"));
            Assert.That(view.OriginalRecord, Does.Contain("QUISPE MAMANI"));
            Assert.That(view.CanonicalJson, Does.Contain("\"requestId\""));
            Assert.That(view.LineageJson, Does.Contain(SomeRequests.RequestId));
            Assert.That(view.Timeline.Select(e => e.Kind), Does.Contain(AuditEventKinds.MessageSealed));
            Assert.That(view.Timeline[0].Kind, Is.EqualTo(AuditEventKinds.FileClaimed), "the trail starts with the national file, its size and SHA-256");
        });
    }

    [Test]
    public async Task Retention_prunes_old_bodies_and_their_search_terms_while_the_chain_still_verifies()
    {
        await using var audit = await IntakeOfOneRequestAsync();
        await audit.CheckpointAsync();
        audit.Store.Clock.Advance(TimeSpan.FromDays(31));

        var pruned = await audit.Log.PruneBodiesAsync(audit.Store.Clock.GetUtcNow().AddDays(-30), "gateway", None);
        var result = await audit.VerifyAsync();
        var view = (await audit.Log.GetRequestViewAsync(SomeRequests.RequestId, None))!;

        Assert.Multiple(async () =>
        {
            Assert.That(pruned, Is.EqualTo(4), "original record, canonical document, lineage, envelope");
            Assert.That(result.IsIntact, Is.True, result.Problem);
            Assert.That(result.BodiesPruned, Is.EqualTo(4));
            Assert.That(view.OriginalRecord, Is.Null);
            Assert.That(view.Timeline.Where(e => e.Body is not null).All(e => e.Body!.IsPruned), Is.True);
            Assert.That(await Count(audit, new AuditSearch(PersonTerms: TestSearchTerms.Fixed.OfQuery("10117410-2"))), Is.EqualTo(0), "no personal terms outlive the bodies");
            Assert.That((await audit.Log.GetHeadAsync(None))!.Kind, Is.EqualTo(AuditEventKinds.RetentionPruned));
        });
    }

    private static async Task<AuditHarness> IntakeOfOneRequestAsync()
    {
        var audit = await AuditHarness.CreateAsync();
        await audit.Store.Store.RecordIntakeAsync(StoreHarness.File("x"), [StoreAuditEventsTests.TranslatedMessage("m1")], None);
        return audit;
    }

    private static async Task<int> Count(AuditHarness audit, AuditSearch search) => (await audit.Log.SearchAsync(search, None)).Count;
}

using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>The business state of requests: created with their message, moved by responses, listed overdue first.</summary>
public sealed class RequestStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Today = DateOnly.FromDateTime(StoreHarness.Start.UtcDateTime);

    [Test]
    public async Task Upsert_creates_a_request_and_later_refreshes_it_without_touching_its_status()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1", Today.AddDays(30)), None);
        await harness.Store.ApplyResponseAsync("r1", ResponseStatus.InProgress, StoreHarness.Start, None);
        harness.Clock.Advance(TimeSpan.FromHours(1));

        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1", Today.AddDays(10)) with { CaseReference = "CASE-r1-bis" }, None);

        var summary = (await harness.Store.GetRequestAsync("r1", None))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Request, Is.EqualTo(StoreHarness.Request("r1", Today.AddDays(10)) with { CaseReference = "CASE-r1-bis", Status = RequestStatus.InProgress }));
            Assert.That(summary.UpdatedAt, Is.EqualTo(StoreHarness.Start.AddHours(1)));
            Assert.That(summary.StatusIssuedAt, Is.EqualTo(StoreHarness.Start));
            Assert.That(summary.IsOverdue, Is.False);
            Assert.That(await harness.Store.GetRequestAsync("unknown", None), Is.Null);
        }
    }

    [TestCase(ResponseStatus.Acknowledged, RequestStatus.Acknowledged)]
    [TestCase(ResponseStatus.InProgress, RequestStatus.InProgress)]
    [TestCase(ResponseStatus.Executed, RequestStatus.Executed)]
    [TestCase(ResponseStatus.PartiallyExecuted, RequestStatus.PartiallyExecuted)]
    [TestCase(ResponseStatus.Refused, RequestStatus.Refused)]
    [TestCase(ResponseStatus.InformationNeeded, RequestStatus.InformationNeeded)]
    [TestCase(ResponseStatus.Postponed, RequestStatus.Postponed, TestName = "A_postponed_response_marks_the_request_postponed")]
    [TestCase(ResponseStatus.ConditionsProposed, RequestStatus.ConditionsProposed, TestName = "A_response_proposing_conditions_marks_the_request_conditions_proposed")]
    [TestCase(ResponseStatus.Forwarded, RequestStatus.Forwarded, TestName = "A_forwarded_response_marks_the_request_forwarded")]
    [TestCase(ResponseStatus.MeasureSubstituted, RequestStatus.MeasureSubstituted, TestName = "A_response_with_a_substitute_measure_marks_the_request_measure_substituted")]
    [TestCase(ResponseStatus.Withdrawn, RequestStatus.Withdrawn, TestName = "A_withdrawn_response_marks_the_request_withdrawn")]
    public async Task A_response_sets_the_matching_status(ResponseStatus response, RequestStatus expected)
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1"), None);

        Assert.That(await harness.Store.ApplyResponseAsync("r1", response, StoreHarness.Start, None), Is.EqualTo(ResponseApplyResult.Applied));
        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(expected));
    }

    [Test]
    public void Every_response_status_sets_the_request_status_of_the_same_name_never_a_nearest_one()
    {
        var words = Enum.GetValues<ResponseStatus>().Select(s => (Sent: CanonicalCodes.ToCode(s), Shown: KebabNames<RequestStatus>.Word(RequestCommands.ToRequestStatus(s))));

        Assert.That(words.Where(w => w.Sent != w.Shown), Is.Empty);
    }

    [Test]
    public async Task A_request_moves_on_from_postponed_when_the_partner_answers_again()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1"), None);
        await harness.Store.ApplyResponseAsync("r1", ResponseStatus.Postponed, StoreHarness.Start, None);

        await harness.Store.ApplyResponseAsync("r1", ResponseStatus.Executed, StoreHarness.Start.AddDays(60), None);

        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Executed));
    }

    [Test]
    public async Task The_latest_response_wins_whatever_the_order_of_arrival()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1"), None);
        await harness.Store.ApplyResponseAsync("r1", ResponseStatus.Executed, StoreHarness.Start.AddDays(3), None);

        var late = await harness.Store.ApplyResponseAsync("r1", ResponseStatus.InProgress, StoreHarness.Start.AddDays(1), None);
        var repeated = await harness.Store.ApplyResponseAsync("r1", ResponseStatus.Executed, StoreHarness.Start.AddDays(3), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(late, Is.EqualTo(ResponseApplyResult.Stale));
            Assert.That(repeated, Is.EqualTo(ResponseApplyResult.Applied));
            Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Executed));
            Assert.That(await harness.Store.ApplyResponseAsync("unknown", ResponseStatus.Executed, StoreHarness.Start, None), Is.EqualTo(ResponseApplyResult.UnknownRequest));
        }
    }

    [Test]
    public async Task A_response_that_arrives_before_the_delivery_is_recorded_is_not_overwritten_by_it()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1", request: StoreHarness.Request("r1"))], None);
        var lease = (await harness.Store.LeaseDueAsync("es", "a", 1, None))[0].Lease;
        await harness.Store.ApplyResponseAsync("r1", ResponseStatus.Acknowledged, StoreHarness.Start, None);

        await harness.Store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Duplicate), StoreHarness.Bytes("r"), None);

        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Acknowledged));
    }

    [Test]
    public async Task Lists_overdue_requests_first_then_the_others_oldest_first()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var requests = new[]
        {
            StoreHarness.Request("recent-no-deadline", createdAt: StoreHarness.Start.AddDays(-1)),
            StoreHarness.Request("old-due-later", Today.AddDays(5), StoreHarness.Start.AddDays(-40)),
            StoreHarness.Request("overdue-recent", Today.AddDays(-1), StoreHarness.Start.AddDays(-3)),
            StoreHarness.Request("overdue-old", Today.AddDays(-10), StoreHarness.Start.AddDays(-30)),
            StoreHarness.Request("executed-past-deadline", Today.AddDays(-20), StoreHarness.Start.AddDays(-50)),
            StoreHarness.Request("due-today", Today, StoreHarness.Start.AddDays(-2)),
        };
        foreach (var request in requests) await harness.Store.UpsertRequestAsync(request, None);
        await harness.Store.ApplyResponseAsync("executed-past-deadline", ResponseStatus.Executed, StoreHarness.Start, None);

        var list = await harness.Store.ListRequestsAsync(new RequestQuery(), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Select(r => r.RequestId), Is.EqualTo(new[]
            {
                "overdue-old", "overdue-recent", "executed-past-deadline", "old-due-later", "due-today", "recent-no-deadline",
            }));
            Assert.That(list.Select(r => r.IsOverdue), Is.EqualTo(new[] { true, true, false, false, false, false }));
        }
    }

    [TestCase(ResponseStatus.Executed)]
    [TestCase(ResponseStatus.PartiallyExecuted)]
    [TestCase(ResponseStatus.Refused)]
    [TestCase(ResponseStatus.MeasureSubstituted, TestName = "A_request_executed_with_a_substitute_measure_is_final_and_never_overdue")]
    [TestCase(ResponseStatus.Withdrawn, TestName = "A_withdrawn_request_is_final_and_never_overdue")]
    public async Task A_final_request_past_its_deadline_is_not_overdue(ResponseStatus final)
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1", Today.AddDays(-5)), None);

        await harness.Store.ApplyResponseAsync("r1", final, StoreHarness.Start, None);

        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.IsOverdue, Is.False);
        Assert.That(harness.Store.CountForMetrics().Overdue, Is.Zero);
    }

    [TestCase(ResponseStatus.Postponed, TestName = "A_postponed_request_past_its_deadline_is_overdue_it_is_not_executed_yet")]
    [TestCase(ResponseStatus.ConditionsProposed, TestName = "A_request_with_conditions_proposed_past_its_deadline_is_overdue_the_requesting_side_must_answer")]
    [TestCase(ResponseStatus.InformationNeeded)]
    [TestCase(ResponseStatus.Forwarded, TestName = "A_forwarded_request_past_its_deadline_is_overdue_it_is_still_open")]
    public async Task An_open_request_past_its_deadline_is_overdue_whoever_must_act(ResponseStatus open)
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1", Today.AddDays(-5)), None);

        await harness.Store.ApplyResponseAsync("r1", open, StoreHarness.Start, None);

        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.IsOverdue, Is.True);
        Assert.That(harness.Store.CountForMetrics().Overdue, Is.EqualTo(1));
    }

    [Test]
    public async Task Pages_after_the_last_request_of_a_page_reach_every_request_once_in_the_list_order()
    {
        await using var harness = await StoreHarness.CreateAsync();
        // Overdue and not, equal creation times (the id breaks the tie): every part of the order's key is crossed.
        for (var i = 0; i < 9; i++)
            await harness.Store.UpsertRequestAsync(StoreHarness.Request($"r{i}", i % 3 == 0 ? Today.AddDays(-1) : null, StoreHarness.Start.AddDays(-(i % 4))), None);
        var whole = await harness.Store.ListRequestsAsync(new RequestQuery(), None);

        var paged = new List<RequestSummary>();
        for (IReadOnlyList<RequestSummary> page; paged.Count < 100 && (page = await harness.Store.ListRequestsAsync(new RequestQuery(Limit: 2) { After = paged.LastOrDefault() }, None)).Count > 0;)
            paged.AddRange(page);

        Assert.That(paged.Select(r => r.RequestId), Is.EqualTo(whole.Select(r => r.RequestId)));
        Assert.That(whole, Has.Count.EqualTo(9));
    }

    [Test]
    public async Task Overdue_is_judged_against_the_store_clock()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("r1", Today), None);
        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.IsOverdue, Is.False);

        harness.Clock.Advance(TimeSpan.FromDays(1));

        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.IsOverdue, Is.True);
    }

    [Test]
    public async Task Filters_by_direction_partner_status_and_case_reference_and_pages()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("out-es-1", createdAt: StoreHarness.Start.AddDays(-3)), None);
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("out-es-2", createdAt: StoreHarness.Start.AddDays(-2)), None);
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("out-pt-1", partner: "pt"), None);
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("in-pe-1", direction: RequestDirection.Incoming, partner: "pe"), None);
        await harness.Store.ApplyResponseAsync("out-pt-1", ResponseStatus.Postponed, StoreHarness.Start, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await harness.Store.ListRequestsAsync(new RequestQuery(RequestDirection.Incoming), None)).Select(r => r.RequestId), Is.EqualTo(new[] { "in-pe-1" }));
            Assert.That((await harness.Store.ListRequestsAsync(new RequestQuery(PartnerId: "es"), None)).Select(r => r.RequestId), Is.EqualTo(new[] { "out-es-1", "out-es-2" }));
            Assert.That((await harness.Store.ListRequestsAsync(new RequestQuery(Status: RequestStatus.Received), None)).Select(r => r.RequestId), Is.EqualTo(new[] { "in-pe-1" }));
            Assert.That((await harness.Store.ListRequestsAsync(new RequestQuery(Status: RequestStatus.Postponed), None)).Select(r => r.RequestId), Is.EqualTo(new[] { "out-pt-1" }));
            Assert.That((await harness.Store.ListRequestsAsync(new RequestQuery(CaseReference: "CASE-out-pt-1"), None)).Select(r => r.RequestId), Is.EqualTo(new[] { "out-pt-1" }));
            Assert.That((await harness.Store.ListRequestsAsync(new RequestQuery(RequestDirection.Outgoing, Offset: 1, Limit: 1), None)).Select(r => r.RequestId), Is.EqualTo(new[] { "out-es-2" }));
        }
    }
}

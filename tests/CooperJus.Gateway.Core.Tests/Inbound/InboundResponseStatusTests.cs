using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Messaging;
using CooperJus.Gateway.Core.Tests.Storage;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Inbound;

/// <summary>
/// A partner's signed response, received by <see cref="InboundProcessor"/>, moves the request this gateway sent it to
/// the partner's own status, the v2 ones included: Spain sent the request to Peru, Peru answers.
/// </summary>
public sealed class InboundResponseStatusTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private MessagingWorld _world = null!;
    private StoreHarness _spain = null!;
    private InboundProcessor _inbound = null!;

    [SetUp]
    public async Task Open()
    {
        _world = new MessagingWorld();
        _spain = await StoreHarness.CreateAsync();
        _inbound = new InboundProcessor(_world.SpainVerifier, _world.SpainReceipts, RequestValidator.CreateDefault(_world.Clock), ResponseValidator.CreateDefault(),
            _spain.Store, new PersonSearchTerms(new byte[PersonSearchTerms.KeyBytes]), _world.SpainOptions);
        await _spain.Store.UpsertRequestAsync(StoreHarness.Request(SomeRequests.RequestId, partner: MessagingWorld.PeruId), None);
    }

    [TearDown]
    public async Task Close()
    {
        await _spain.DisposeAsync();
        _world.Dispose();
    }

    [Test]
    public async Task A_postponed_response_marks_the_request_postponed()
    {
        var answer = await ReceiveAsync(Answer(ResponseStatus.Postponed) with
        {
            Results = [new ResponseResult { MeasureIndex = 0, Status = ResponseStatus.Postponed, Summary = "Se aplaza.", PostponedUntil = new DateOnly(2024, 9, 30) }],
        });

        var request = (await _spain.Store.GetRequestAsync(SomeRequests.RequestId, None))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Outcome, Is.EqualTo("accepted"));
            Assert.That(request.Status, Is.EqualTo(RequestStatus.Postponed), "not in-progress, the nearest v1 status");
            Assert.That(request.StatusIssuedAt, Is.EqualTo(Answer(ResponseStatus.Postponed).CreatedAt));
        }
    }

    [TestCase(ResponseStatus.ConditionsProposed, RequestStatus.ConditionsProposed, TestName = "A_response_proposing_conditions_marks_the_request_conditions_proposed_not_information_needed")]
    [TestCase(ResponseStatus.Forwarded, RequestStatus.Forwarded, TestName = "A_forwarded_response_marks_the_request_forwarded_not_in_progress")]
    [TestCase(ResponseStatus.MeasureSubstituted, RequestStatus.MeasureSubstituted, TestName = "A_response_with_a_substitute_measure_marks_the_request_measure_substituted_not_partially_executed")]
    [TestCase(ResponseStatus.Withdrawn, RequestStatus.Withdrawn, TestName = "A_withdrawn_response_marks_the_request_withdrawn_not_refused")]
    public async Task A_v2_response_status_marks_the_request_with_the_same_status(ResponseStatus sent, RequestStatus expected)
    {
        var answer = await ReceiveAsync(Answer(sent));

        Assert.That(answer.Outcome, Is.EqualTo("accepted"));
        Assert.That((await _spain.Store.GetRequestAsync(SomeRequests.RequestId, None))!.Status, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_postponed_request_is_executed_when_the_partner_answers_so_later()
    {
        await ReceiveAsync(Answer(ResponseStatus.Postponed));

        await ReceiveAsync(Answer(ResponseStatus.Executed) with { ResponseId = "0190f1a2-0000-7e45-8a9b-1c2d3e4f5a6b", CreatedAt = Answer(ResponseStatus.Postponed).CreatedAt.AddDays(90) });

        Assert.That((await _spain.Store.GetRequestAsync(SomeRequests.RequestId, None))!.Status, Is.EqualTo(RequestStatus.Executed));
    }

    private static CooperationResponse Answer(ResponseStatus status) => SomeResponses.Minimal() with { Status = status, RespondingAuthority = new Authority { Country = "PE" } };

    private Task<InboundAnswer> ReceiveAsync(CooperationResponse response) =>
        _inbound.ReceiveAsync(_world.PeruSigner.Seal(response, MessagingWorld.SpainId).Body, None);
}

using System.Net;
using System.Text;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// Spain's office answers Peru's request; Peru's gateway correlates the answer with its request and shows the new
/// status. Both request lists put overdue requests first, and an answered one follows its answer.
/// </summary>
[TestFixture]
public sealed class ResponseTests
{
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private PartnerClient _toSpain = null!;

    [SetUp]
    public async Task StartGateways()
    {
        _peru = TestGateway.Create("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner());
        _toSpain = new PartnerClient(_spain.AsPartner());
    }

    [TearDown]
    public async Task StopGateways()
    {
        _toSpain.Dispose();
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
    }

    [TestCase(true, TestName = "A_response_dropped_into_the_answering_intake_folder_updates_the_request_on_the_requesting_side")]
    [TestCase(false, TestName = "A_response_pushed_to_the_answering_intake_api_updates_the_request_on_the_requesting_side")]
    public async Task A_response_updates_the_request_on_the_requesting_side(bool dropped)
    {
        _peru.Drop("solicitudes_2026_respuesta.csv", SgfExport.File(SgfExport.Row("SGF-ANSWER-1", "ESPAÑA")));
        var requestId = (await Eventually.Get(async () => (await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).SingleOrDefault(),
            "Spain to receive Peru's request")).RequestId;
        var answer = Response(requestId, ResponseStatus.InProgress);

        if (dropped) _spain.Drop("contestacion.response.json", CanonicalJson.Serialize(answer));
        else Assert.That(await PostResponseAsync(CanonicalJson.Serialize(answer)), Is.EqualTo(HttpStatusCode.Accepted));

        var atPeru = await Eventually.Get(async () => await _peru.Store.GetRequestAsync(requestId, CancellationToken.None) is { Status: RequestStatus.InProgress } r ? r : null,
            "Peru to show the request in progress");
        var atSpain = await _spain.Store.GetRequestAsync(requestId, CancellationToken.None);
        await Eventually.Until(() => _peru.ExportedFiles().Any(f => f.Contains($"{requestId}_{answer.ResponseId}", StringComparison.Ordinal)), "the response to be written out for Peru's office, named after the request");
        Assert.Multiple(() =>
        {
            Assert.That(atPeru.Request.Direction, Is.EqualTo(RequestDirection.Outgoing));
            Assert.That(atPeru.StatusIssuedAt, Is.EqualTo(answer.CreatedAt).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(atSpain?.Status, Is.EqualTo(RequestStatus.InProgress), "Spain's own list follows its answer too");
        });
    }

    [Test]
    public async Task A_postponed_answer_shows_the_request_postponed_on_both_sides_not_in_progress()
    {
        _peru.Drop("solicitudes_2026_aplazada.csv", SgfExport.File(SgfExport.Row("SGF-POSTPONED-1", "ESPAÑA")));
        var requestId = (await Eventually.Get(async () => (await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).SingleOrDefault(),
            "Spain to receive Peru's request")).RequestId;

        _spain.Drop("aplazada.response.json", CanonicalJson.Serialize(Response(requestId, ResponseStatus.Postponed) with
        {
            Results = [new ResponseResult { MeasureIndex = 0, Status = ResponseStatus.Postponed, Summary = "Se aplaza hasta concluir una diligencia española.", PostponedUntil = new DateOnly(2027, 1, 15) }],
        }));

        var atPeru = await Eventually.Get(async () => await _peru.Store.GetRequestAsync(requestId, CancellationToken.None) is { Status: RequestStatus.Postponed } r ? r : null,
            "Peru to show the request postponed");
        Assert.That((await _spain.Store.GetRequestAsync(requestId, CancellationToken.None))?.Status, Is.EqualTo(RequestStatus.Postponed), "Spain's own list follows its answer");
        Assert.That(atPeru.Request.Direction, Is.EqualTo(RequestDirection.Outgoing));
    }

    [Test]
    public async Task Requests_are_listed_overdue_first_then_oldest_first_and_an_answered_request_is_not_overdue()
    {
        var now = TimeProvider.System.GetUtcNow();
        var nextYear = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1);
        var notDue = await ReceiveAsync("SGF-NOT-DUE", new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero), nextYear);
        var late = await ReceiveAsync("SGF-LATE", new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2024, 7, 1));
        var later = await ReceiveAsync("SGF-LATER", new DateTimeOffset(2024, 9, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2024, 10, 1));
        var fresh = await ReceiveAsync("SGF-FRESH", now, nextYear);

        var before = await ListAsync();

        _spain.Drop("ejecutada.response.json", CanonicalJson.Serialize(Response(late, ResponseStatus.Executed)));
        await Eventually.Until(async () => (await _spain.Store.GetRequestAsync(late, CancellationToken.None))?.Status == RequestStatus.Executed, "Spain's answer to be recorded");
        var after = await ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(new[] { (late, true), (later, true), (notDue, false), (fresh, false) }));
            Assert.That(after, Is.EqualTo(new[] { (later, true), (notDue, false), (late, false), (fresh, false) }), "an executed request is final, never overdue");
        });
    }

    /// <summary>Peru's gateway sends Spain a request created at <paramref name="createdAt"/> and due <paramref name="respondBy"/>; returns its id.</summary>
    private async Task<string> ReceiveAsync(string number, DateTimeOffset createdAt, DateOnly respondBy)
    {
        var request = CanonicalRequests.Peruvian(number);
        request = request with { CreatedAt = createdAt, Urgency = request.Urgency with { Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [] } };
        var (status, _) = await _toSpain.PostAsync(_toSpain.Seal(_peru.Identity, request).Body);
        Assert.That(status, Is.EqualTo(200), $"Spain accepts {number}");
        return request.RequestId;
    }

    private async Task<List<(string, bool)>> ListAsync() =>
        (await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).Select(r => (r.RequestId, r.IsOverdue)).ToList();

    private static CooperationResponse Response(string requestId, ResponseStatus status) => new()
    {
        ResponseId = Guid.CreateVersion7().ToString("D"),
        InResponseTo = requestId,
        Status = status,
        CreatedAt = TimeProvider.System.GetUtcNow(),
        RespondingAuthority = new Authority { Country = "ES", Name = "Fiscalía General del Estado, Unidad de Cooperación Internacional" },
        Message = "Diligencias en curso.",
        Language = "es",
    };

    private async Task<HttpStatusCode> PostResponseAsync(string json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_spain.Url + "intake/v1/responses"));
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        request.Headers.Add(GatewayEndpoints.ApiKeyHeader, TestGateway.ApiKey);
        using var answer = await http.SendAsync(request);
        return answer.StatusCode;
    }
}

using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// Request ids derive from national references, so any partner can name any request. A partner other than the one a
/// request belongs to can neither answer it (move its status) nor take it over by sending a request with the same id.
/// Peru's and Spain's gateways are real; Brazil is a trusted partner of both, signing by hand.
/// </summary>
[TestFixture]
public sealed class RequestOwnershipTests
{
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;
    private PartnerIdentity _brazil = null!;

    [SetUp]
    public async Task StartGateways()
    {
        _peru = TestGateway.Create("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        _brazil = new PartnerIdentity("br", "BR");
        var brazil = _brazil.AsPartner("http://127.0.0.1:9/");
        await _spain.StartAsync(_peru.AsPartner(), brazil);
        await _peru.StartAsync(_spain.AsPartner(), brazil);
    }

    [TearDown]
    public async Task StopGateways()
    {
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
        _brazil.Dispose();
    }

    [Test]
    public async Task A_response_from_a_partner_the_request_was_not_sent_to_does_not_change_its_status()
    {
        var requestId = await SendPeruvianRequestToSpainAsync("SGF-OWN-1");
        using var toPeru = new PartnerClient(_peru.AsPartner());

        var (status, _) = await toPeru.PostAsync(toPeru.Seal(_brazil, Response(requestId, ResponseStatus.Refused)).Body);

        Assert.That(status, Is.EqualTo(200), "Brazil's message itself is well formed and signed");
        var tracked = await _peru.Store.GetRequestAsync(requestId, CancellationToken.None);
        Assert.That(tracked?.Status, Is.EqualTo(RequestStatus.Delivered), "only Spain, which has the request, answers it");
    }

    [Test]
    public async Task A_request_sent_by_another_partner_under_the_same_id_does_not_take_over_the_request()
    {
        var requestId = await SendPeruvianRequestToSpainAsync("SGF-OWN-2");
        var copy = CanonicalRequests.Peruvian("SGF-OWN-2");
        copy = copy with { IssuingAuthority = copy.IssuingAuthority with { CaseReference = "BR-TAKEOVER" } };
        using var toSpain = new PartnerClient(_spain.AsPartner());
        using var toPeru = new PartnerClient(_peru.AsPartner());

        await toSpain.PostAsync(toSpain.Seal(_brazil, copy).Body);
        await toPeru.PostAsync(toPeru.Seal(_brazil, copy).Body);
        await toPeru.PostAsync(toPeru.Seal(_brazil, Response(requestId, ResponseStatus.Refused)).Body);

        var atSpain = (await _spain.Store.GetRequestAsync(requestId, CancellationToken.None))!.Request;
        var atPeru = (await _peru.Store.GetRequestAsync(requestId, CancellationToken.None))!;
        Assert.Multiple(() =>
        {
            Assert.That((atSpain.Direction, atSpain.PartnerId, atSpain.CaseReference), Is.EqualTo((RequestDirection.Incoming, "pe", "2506015500-2024-45-0")), "Spain's record of Peru's request");
            Assert.That((atPeru.Request.Direction, atPeru.Request.PartnerId, atPeru.Request.CaseReference), Is.EqualTo((RequestDirection.Outgoing, "es", "2506015500-2024-45-0")), "Peru's record of its own request");
            Assert.That(atPeru.Status, Is.EqualTo(RequestStatus.Delivered), "and Brazil still cannot answer it");
        });
    }

    /// <summary>Peru's office exports one request to Spain; returns its id once Spain has receipted it.</summary>
    private async Task<string> SendPeruvianRequestToSpainAsync(string number)
    {
        _peru.Drop($"solicitudes_{number}.csv", SgfExport.File(SgfExport.Row(number, "ESPAÑA")));
        var sent = await Eventually.Get(async () => (await _peru.OutboxAsync()).SingleOrDefault(m => m.State == OutboxState.Delivered), "the request to reach Spain");
        return sent.RequestId!;
    }

    private static CooperationResponse Response(string requestId, ResponseStatus status) => new()
    {
        ResponseId = Guid.CreateVersion7().ToString("D"),
        InResponseTo = requestId,
        Status = status,
        CreatedAt = TimeProvider.System.GetUtcNow(),
        RespondingAuthority = new Authority { Country = "BR", Name = "Ministério da Justiça e Segurança Pública, DRCI" },
        Language = "pt",
    };
}

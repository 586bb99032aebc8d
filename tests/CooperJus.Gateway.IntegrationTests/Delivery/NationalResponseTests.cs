using System.Text;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// A national office answers in its own system: Spain's Fortuny writes a response file into its intake, and the answer
/// reaches Peru; an answer from Peru reaches Spain's Fortuny as a Fortuny response file. Export files are named after the
/// request they concern.
/// </summary>
[TestFixture]
public sealed class NationalResponseTests
{
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;

    [SetUp]
    public async Task StartGateways()
    {
        _peru = TestGateway.Create("pe", "PE");
        _spain = TestGateway.Create("es", "ES");
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner());
    }

    [TearDown]
    public async Task StopGateways()
    {
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
    }

    [Test]
    public async Task A_fortuny_response_file_is_delivered_to_the_requesting_gateway()
    {
        var requestId = await PeruAsksSpainAsync("SGF-FORTUNY-ANSWER-1");

        _spain.Drop("fortuny-respuesta_2026_0001.xml", FortunyFiles.Responses(
            FortunyFiles.Respuesta("CRI-RESP-2026-1", requestId, "EN_TRAMITE", new DateTimeOffset(2026, 6, 9, 10, 0, 0, TimeSpan.FromHours(2))),
            FortunyFiles.Respuesta("CRI-RESP-2026-2", requestId, "CUMPLIMENTADA_PARCIALMENTE")));

        var atPeru = await Eventually.Get(async () => await _peru.Store.GetRequestAsync(requestId, CancellationToken.None) is { Status: RequestStatus.PartiallyExecuted } r ? r : null,
            "Peru to show the request partially executed");
        var responseId = RequestIds.FromNationalReference("ES", "FORTUNY-RESPUESTA", "CRI-RESP-2026-2");
        var events = await _spain.Store.Audit.GetEventsAsync(requestId, null, CancellationToken.None);
        var translated = events.Where(e => e.Kind == AuditEventKinds.ResponseTranslated).ToList();
        var parsed = events.Last(e => e.Kind == AuditEventKinds.ResponseParsed);
        var original = Encoding.UTF8.GetString((await _spain.Store.Audit.GetBodyAsync(parsed.Sequence, CancellationToken.None))!);
        var atSpain = await _spain.Store.GetRequestAsync(requestId, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(atPeru.StatusIssuedAt, Is.EqualTo(new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(2))));
            Assert.That(atSpain?.Status, Is.EqualTo(RequestStatus.PartiallyExecuted), "Spain's own list follows its answer");
            Assert.That(_spain.IntakeFiled("processed", "fortuny-respuesta_2026_0001.xml"), Has.Count.EqualTo(1));
            Assert.That(translated, Has.Count.EqualTo(2), "each response's canonical document is kept");
            Assert.That(original, Does.StartWith("<Respuesta referencia=\"CRI-RESP-2026-2\""));
            Assert.That(events.Select(e => e.Kind), Does.Contain(AuditEventKinds.ResponseLineageRecorded));
            Assert.That(parsed.MessageId, Is.EqualTo(Core.Outbound.MessageIds.ForResponse(responseId)));
        });
    }

    [Test]
    public async Task A_rejected_national_response_record_is_reported_with_its_row_and_rule()
    {
        var requestId = await PeruAsksSpainAsync("SGF-FORTUNY-ANSWER-2");
        const string name = "fortuny-respuesta_2026_0002.xml";

        _spain.Drop(name, FortunyFiles.Responses(
            FortunyFiles.Respuesta("CRI-RESP-2026-10", requestId, "TERMINADA"),
            FortunyFiles.Respuesta("CRI-RESP-2026-11", "0190f1a2-7c3d-7e45-8a9b-1c2d3e4f5a6b", "CUMPLIMENTADA"),
            FortunyFiles.Respuesta("CRI-RESP-2026-12", requestId, "CUMPLIMENTADA")));

        await Eventually.Until(async () => (await _peru.Store.GetRequestAsync(requestId, CancellationToken.None))?.Status == RequestStatus.Executed, "the good response to reach Peru");
        var copy = await Eventually.Get(() => Task.FromResult(_spain.IntakeFiled("rejected", name).SingleOrDefault()), "the rejected records to be copied out for a fix");
        var report = File.ReadAllText(copy + ".report.txt");
        TestContext.Out.WriteLine(report);
        var responsesQueued = (await _spain.OutboxAsync()).Count(m => m.MessageType == "cooperation-response");
        var rejected = _spain.Store.Audit.ReadRows(1, null, CancellationToken.None).Where(r => r.Kind == AuditEventKinds.RecordRejected).Select(r => Encoding.UTF8.GetString(r.Body!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report, Does.Contain("record CRI-RESP-2026-10 (line 3)").And.Contain("code-list.unknown").And.Contain("@estado"));
            Assert.That(report, Does.Contain("record CRI-RESP-2026-11 (line 8)").And.Contain("response.unknown-request"));
            Assert.That(report, Does.Not.Contain("CRI-RESP-2026-12"), "the good record went through");
            Assert.That(responsesQueued, Is.EqualTo(1));
            Assert.That(rejected, Has.Count.EqualTo(2).And.Some.Contains("code-list.unknown").And.Some.Contains("response.unknown-request"), "each refusal is in the audit trail");
        });
    }

    [Test]
    public async Task A_response_file_whose_records_are_all_rejected_goes_to_failed_with_its_report()
    {
        const string name = "fortuny-respuesta_2026_0003.xml";

        _spain.Drop(name, FortunyFiles.Responses(FortunyFiles.Respuesta("CRI-RESP-2026-20", "CRI 1457/2026", "CUMPLIMENTADA")));

        var failed = await Eventually.Get(() => Task.FromResult(_spain.IntakeFiled("failed", name).SingleOrDefault()), "the file to be refused");
        Assert.That(File.ReadAllText(failed + ".report.txt"), Does.Contain("response.request-id").And.Contain("CRI-RESP-2026-20"));
        Assert.That(await _spain.OutboxAsync(), Is.Empty);
    }

    [Test]
    public async Task An_incoming_response_is_exported_in_the_national_response_format()
    {
        _spain.Drop("fortuny_2026_peticion.xml", FortunyFiles.Request("FEA-2026-0042"));
        var requestId = (await Eventually.Get(async () => (await _peru.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).SingleOrDefault(),
            "Peru to receive Spain's request")).RequestId;
        var answer = new CooperationResponse
        {
            ResponseId = Guid.CreateVersion7().ToString("D"),
            InResponseTo = requestId,
            Status = ResponseStatus.Refused,
            CreatedAt = new DateTimeOffset(2026, 6, 12, 9, 30, 0, TimeSpan.FromHours(-5)),
            RespondingAuthority = new Authority { Country = "PE", Name = "Fiscalía de la Nación", Unit = "Unidad de Cooperación Judicial Internacional" },
            Results = [new ResponseResult { MeasureIndex = 0, Status = ResponseStatus.Refused, Summary = "No procede.", RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.AbsenceOfDualCriminality, Explanation = "No es delito en el Perú." }] }],
            Language = "es",
        };

        _peru.Drop("denegada.response.json", CanonicalJson.Serialize(answer));

        var name = $"fortuny-respuesta_{requestId}_{answer.ResponseId}.xml";
        await Eventually.Until(() => _spain.ExportedFiles().Contains(name), "the answer to be written out for Fortuny");
        var adapter = (IResponseAdapter)Catalogs.BuiltAdapters.Find("ES")!;
        var read = adapter.ReadResponses(SourceFile.FromPath(Path.Combine(_spain.ExportFolder, name))).Single();
        Assert.That(read.Problems.Where(p => p.IsError), Is.Empty);
        Assert.That(CanonicalJson.Serialize(read.Response!), Is.EqualTo(CanonicalJson.Serialize(answer)), "Fortuny reads back the answer Peru sent");
        Assert.That(File.Exists(Path.Combine(_spain.ExportFolder, name + ".warnings.txt")), Is.False, "nothing of it was dropped");
    }

    [Test]
    public async Task Export_file_names_follow_the_request_id()
    {
        var requestId = await PeruAsksSpainAsync("SGF-FORTUNY-NAMES-1");
        _spain.Drop("fortuny-respuesta_2026_0004.xml", FortunyFiles.Responses(
            FortunyFiles.Respuesta("CRI-RESP-2026-30", requestId, "RECIBIDA", new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(2))),
            FortunyFiles.Respuesta("CRI-RESP-2026-31", requestId, "EN_TRAMITE")));
        var first = RequestIds.FromNationalReference("ES", "FORTUNY-RESPUESTA", "CRI-RESP-2026-30");
        var second = RequestIds.FromNationalReference("ES", "FORTUNY-RESPUESTA", "CRI-RESP-2026-31");

        await Eventually.Until(() => _peru.ExportedFiles().Count(f => f.Contains(requestId + "_", StringComparison.Ordinal)) == 2, "both answers to be written out for Peru's office");

        var peruFiles = _peru.ExportedFiles();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, peruFiles));
        Assert.Multiple(() =>
        {
            Assert.That(_spain.ExportedFiles(), Is.EqualTo(new[] { _spain.ExportNameOf(requestId) }), "the request, named after its id");
            Assert.That(peruFiles.Where(f => f.Contains(requestId, StringComparison.Ordinal)).Select(f => f.Contains(first, StringComparison.Ordinal) ? first : f.Contains(second, StringComparison.Ordinal) ? second : f),
                Is.EquivalentTo(new[] { first, second }), "each answer named <requestId>_<responseId> in the response pattern");
        });
    }

    /// <summary>Peru's office exports a request to Spain; returns its request id once Spain has it.</summary>
    private async Task<string> PeruAsksSpainAsync(string number)
    {
        _peru.Drop($"solicitudes_{number}.csv", SgfExport.File(SgfExport.Row(number, "ESPAÑA")));
        return (await Eventually.Get(async () => (await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).SingleOrDefault(),
            "Spain to receive Peru's request")).RequestId;
    }
}

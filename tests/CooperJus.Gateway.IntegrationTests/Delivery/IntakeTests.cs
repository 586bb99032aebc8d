using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// How national exports enter Peru's gateway, by the intake folder or the HTTP intake, and reach Spain's: the same
/// content twice is sent once, a bad record stops only itself, and the HTTP intake wants its API key.
/// </summary>
[TestFixture]
public sealed class IntakeTests
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
    public async Task The_same_content_dropped_twice_is_sent_once()
    {
        var export = SgfExport.File(SgfExport.Rows("SGF-TWICE", 2, "ESPAÑA"));
        _peru.Drop("solicitudes_2026_lunes.csv", export);
        var sent = await DeliveredAsync(2, "both requests of the first drop to reach Spain");

        _peru.Drop("solicitudes_2026_martes.csv", export);

        var second = await Eventually.Get(() => Task.FromResult(_peru.IntakeFiled(IntakeFolder.ProcessedFolder, "solicitudes_2026_martes.csv").SingleOrDefault()),
            "the second drop to be filed under processed/");
        var outbox = await _peru.OutboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(second + ".report.txt"), Does.Contain("solicitudes_2026_lunes.csv").And.Contain("nothing was sent again"));
            Assert.That(outbox, Has.Count.EqualTo(2), "nothing new was queued");
            Assert.That(_spain.ExportedFiles(), Is.EquivalentTo(sent.Select(m => _spain.ExportNameOf(m.RequestId!))));
        });
    }

    [Test]
    public async Task A_file_with_a_bad_record_is_processed_listing_each_record_and_a_copy_waits_in_rejected_for_the_fix()
    {
        _peru.Drop("solicitudes_2026_mixta.csv", SgfExport.File(
            SgfExport.Row("SGF-GOOD-1", "ESPAÑA"),
            SgfExport.Row("SGF-BAD-1", "ESPAÑA", SgfExport.WrongCheckDigitDni),
            SgfExport.Row("SGF-GOOD-2", "ESPAÑA")));

        var processed = await Eventually.Get(() => Task.FromResult(_peru.IntakeFiled(IntakeFolder.ProcessedFolder, "solicitudes_2026_mixta.csv").SingleOrDefault()),
            "the file to be filed under processed/");
        var sent = await DeliveredAsync(2, "the two good requests to reach Spain");

        var report = File.ReadAllText(processed + ".report.txt");
        var copy = _peru.IntakeFiled(IntakeFolder.RejectedFolder, "solicitudes_2026_mixta.csv").Single();
        var fix = File.ReadAllText(copy + ".report.txt");
        Assert.Multiple(() =>
        {
            Assert.That(report, Does.Contain("record SGF-BAD-1: rejected, NOT sent").And.Contain("identity.check-digit").And.Contain("row 3"));
            Assert.That(report, Does.Match(@"record SGF-GOOD-1 \([^)]+\): queued for es").And.Match(@"record SGF-GOOD-2 \([^)]+\): queued for es"));
            Assert.That(report, Does.Contain("2 queued, 0 held, 1 rejected."));
            Assert.That(_peru.IntakeFiled(IntakeFolder.FailedFolder, "solicitudes_2026_mixta.csv"), Is.Empty);
            Assert.That(File.ReadAllText(copy), Is.EqualTo(File.ReadAllText(processed)), "the whole file, to correct and drop again");
            Assert.That(fix, Does.Contain("record SGF-BAD-1 (row 3):").And.Contain("identity.check-digit").And.Not.Contain("SGF-GOOD-1"));
            Assert.That(_spain.ExportedFiles(), Is.EquivalentTo(sent.Select(m => _spain.ExportNameOf(m.RequestId!))));
        });
    }

    [Test]
    public async Task The_corrected_copy_dropped_again_sends_the_fixed_record_and_not_the_others_a_second_time()
    {
        _peru.Drop("solicitudes_2026_mixta.csv", SgfExport.File(SgfExport.Row("SGF-FIX-1", "ESPAÑA"), SgfExport.Row("SGF-FIX-2", "ESPAÑA", SgfExport.WrongCheckDigitDni)));
        await DeliveredAsync(1, "the good request to reach Spain");

        _peru.Drop("solicitudes_2026_mixta_corregida.csv", SgfExport.File(SgfExport.Row("SGF-FIX-1", "ESPAÑA"), SgfExport.Row("SGF-FIX-2", "ESPAÑA")));

        await DeliveredAsync(2, "the corrected request to reach Spain, and nothing else");
        var processed = await Eventually.Get(() => Task.FromResult(_peru.IntakeFiled(IntakeFolder.ProcessedFolder, "solicitudes_2026_mixta_corregida.csv").SingleOrDefault()),
            "the corrected file to be filed under processed/");
        Assert.That(File.ReadAllText(processed + ".report.txt"), Does.Match(@"record SGF-FIX-1 \([^)]+\): already queued by an earlier file for es: not sent again"));
        Assert.That(await _peru.OutboxAsync(), Has.Count.EqualTo(2));
    }

    [TestCase(null, TestName = "Http_intake_refuses_a_file_without_an_api_key")]
    [TestCase("not-the-key", TestName = "Http_intake_refuses_a_file_with_a_wrong_api_key")]
    public async Task Http_intake_refuses_a_file_without_the_right_api_key(string? apiKey)
    {
        using var answer = await PostIntakeAsync(apiKey, SgfExport.File(SgfExport.Row("SGF-HTTP-0", "ESPAÑA")));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Directory.GetFiles(_peru.IntakeFolder), Is.Empty, "nothing was written into the intake folder");
    }

    [Test]
    public async Task Http_intake_takes_a_file_with_the_right_api_key_and_delivers_it()
    {
        using var answer = await PostIntakeAsync(TestGateway.ApiKey, SgfExport.File(SgfExport.Rows("SGF-HTTP", 2, "ESPAÑA")));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var sent = await DeliveredAsync(2, "the pushed requests to reach Spain");
        await Eventually.Until(() => _spain.ExportedFiles().Count == 2, "Spain's export to hold both");
        Assert.That(_spain.ExportedFiles(), Is.EquivalentTo(sent.Select(m => _spain.ExportNameOf(m.RequestId!))));
    }

    private async Task<HttpResponseMessage> PostIntakeAsync(string? apiKey, string export)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_peru.Url + "intake/v1/files?name=solicitudes_2026_http.csv"));
        request.Content = new StringContent(export, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"));
        if (apiKey is not null) request.Headers.Add(GatewayEndpoints.ApiKeyHeader, apiKey);
        return await http.SendAsync(request);
    }

    /// <summary>Peru's outbox once it holds <paramref name="count"/> messages, all delivered, and Spain wrote them all out.</summary>
    private async Task<IReadOnlyList<OutboxEntry>> DeliveredAsync(int count, string what)
    {
        var delivered = await Eventually.Get(async () => await _peru.OutboxAsync() is { } all && all.Count == count && all.All(m => m.State == OutboxState.Delivered) ? all : null, what);
        await Eventually.Until(() => _spain.ExportedFiles().Count >= count, "Spain's national export to hold them");
        return delivered;
    }
}

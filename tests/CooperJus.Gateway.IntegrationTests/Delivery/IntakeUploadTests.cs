using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// The HTTP intake as a busy office and a careless client use it: many uploads of the same name at once, names the
/// intake would never process, bodies over the limit and clients that go away mid-body. Every upload answered 202 is
/// kept under its own name with its own content; everything else is refused with a reason and leaves nothing behind.
/// </summary>
[TestFixture]
public sealed class IntakeUploadTests
{
    private const int UploadLimit = 1024 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private TestGateway _peru = null!;
    private TestGateway _spain = null!;

    [SetUp]
    public void CreateGateways()
    {
        _peru = TestGateway.Create("pe", "PE").Set("Intake:MaxUploadBytes", UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _spain = TestGateway.Create("es", "ES");
    }

    [TearDown]
    public async Task StopGateway()
    {
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
    }

    /// <summary>
    /// Every upload's body is held back by its last byte until all 30 are being written, then all finish at once, so
    /// they all reach the naming step together. With the scan paused the 30 files stay in the folder under 30 names;
    /// with the scan running, a name the scan has just claimed may be given again, and the contents are counted
    /// wherever the scan moved them.
    /// </summary>
    [TestCase(false, TestName = "Thirty_concurrent_uploads_of_the_same_name_are_all_kept_each_with_its_own_content(scan paused)")]
    [TestCase(true, TestName = "Thirty_concurrent_uploads_of_the_same_name_are_all_kept_each_with_its_own_content(scan running)")]
    public async Task Thirty_concurrent_uploads_of_the_same_name_are_all_kept_each_with_its_own_content(bool scanning)
    {
        const int uploads = 30;
        if (!scanning) _peru.Set("Gateway:IntakeScanInterval", "00:10:00");
        await StartAsync();
        var contents = Enumerable.Range(1, uploads).Select(i => $"<upload n=\"{i:00}\">{Guid.NewGuid():N}</upload>\n").ToList();
        var lastBytes = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = new HttpClient();

        var posting = contents.Select(async content =>
        {
            using var answer = await PostAsync(http, "rr.xml", new HeldBackContent(Encoding.UTF8.GetBytes(content), lastBytes.Task));
            return (answer.StatusCode, File: answer.StatusCode == HttpStatusCode.Accepted ? (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").GetString() : null);
        }).ToList();
        await Eventually.Until(() => UploadTemporaries().Count == uploads, "all uploads to be under way", Patience);
        lastBytes.SetResult();
        var answers = await Task.WhenAll(posting);

        var kept = await CountKeptAsync(contents);
        TestContext.Out.WriteLine($"{kept} of {uploads} concurrent uploads named rr.xml kept with their own content (scan {(scanning ? "running" : "paused")})");
        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.StatusCode), Has.All.EqualTo(HttpStatusCode.Accepted));
            Assert.That(answers.Select(a => a.File), Has.All.Match(@"^rr(_\d+)?\.xml$"));
            if (!scanning) Assert.That(answers.Select(a => a.File), Is.Unique, "each upload told its own name");
            Assert.That(kept, Is.EqualTo(uploads), "every accepted upload's content is in the intake");
        });
    }

    [TestCase("x.xml.done", "marker")]
    [TestCase("x.tmp", "temporary")]
    [TestCase("x.part", "temporary")]
    [TestCase(".hidden", "hidden")]
    [TestCase("processed", "sub-folder")]
    [TestCase("failed", "sub-folder")]
    [TestCase(".claimed", "hidden")]
    public async Task Refuses_a_name_the_intake_would_never_process_with_400_and_the_reason(string name, string reason)
    {
        await StartAsync();
        using var http = new HttpClient();

        using var answer = await PostAsync(http, name, new StringContent("NRO_SOLICITUD;X\n", Encoding.UTF8, new MediaTypeHeaderValue("text/csv")));

        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(name).And.Contain(reason));
            Assert.That(EveryFileInTheIntake(), Is.Empty, "nothing was written into the intake folder");
        });
    }

    [TestCase(true, TestName = "A_body_over_the_upload_limit_gets_413_and_leaves_no_partial_file(announced length)")]
    [TestCase(false, TestName = "A_body_over_the_upload_limit_gets_413_and_leaves_no_partial_file(chunked)")]
    public async Task A_body_over_the_upload_limit_gets_413_and_leaves_no_partial_file(bool announced)
    {
        await StartAsync();
        using var http = new HttpClient();
        var body = new byte[3 * UploadLimit];
        HttpContent content = announced ? new ByteArrayContent(body) : new StreamContent(new UnannouncedLength(body));

        using var answer = await PostAsync(http, "solicitudes_2026_big.csv", content);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), Does.Contain(UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Eventually.Until(() => EveryFileInTheIntake().Count == 0, "the partial upload to be removed", Patience);
    }

    [Test]
    public async Task An_upload_whose_client_goes_away_mid_body_leaves_no_partial_file()
    {
        await StartAsync();
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, _peru.Port);
            var stream = client.GetStream();
            var head = $"POST /intake/v1/files?name=solicitudes_2026_cut.csv HTTP/1.1\r\nHost: 127.0.0.1:{_peru.Port}\r\n" +
                $"{GatewayEndpoints.ApiKeyHeader}: {TestGateway.ApiKey}\r\nContent-Type: text/csv\r\nContent-Length: {UploadLimit / 2}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(new byte[64 * 1024]);
            await stream.FlushAsync();
            await Eventually.Until(() => UploadTemporaries().Any(f => new FileInfo(f).Length > 0), "the upload to be under way", Patience);
        }

        await Eventually.Until(() => EveryFileInTheIntake().Count == 0, "the partial upload to be removed", Patience);
    }

    private Task StartAsync() => _peru.StartAsync(_spain.AsPartner());

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, string name, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{_peru.Url}intake/v1/files?name={Uri.EscapeDataString(name)}")) { Content = content };
        request.Headers.Add(GatewayEndpoints.ApiKeyHeader, TestGateway.ApiKey);
        return await http.SendAsync(request);
    }

    /// <summary>
    /// How many of <paramref name="contents"/> are in the intake, wherever the scan has moved them (the folder itself,
    /// <c>.claimed</c>, <c>processed</c>, <c>failed</c>): looked at again until all are there or the patience runs out.
    /// </summary>
    private async Task<int> CountKeptAsync(IReadOnlyList<string> contents)
    {
        var expected = contents.Select(c => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(c)))).ToHashSet(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = EveryFileInTheIntake().Select(HashOf).Where(h => h is not null).ToHashSet(StringComparer.Ordinal);
            var kept = expected.Count(found.Contains);
            if (kept == expected.Count || clock.Elapsed > Patience) return kept;
            await Task.Delay(TimeSpan.FromMilliseconds(25));
        }
    }

    private static string? HashOf(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (IOException)
        {
            return null; // Moved by the scan between the listing and the read: the next look finds it in its new place.
        }
    }

    private List<string> EveryFileInTheIntake() =>
        Directory.GetFiles(_peru.IntakeFolder, "*", SearchOption.AllDirectories).ToList();

    private List<string> UploadTemporaries() =>
        Directory.GetFiles(_peru.IntakeFolder, ".upload-*").ToList();

    /// <summary>A body sent all but its last byte at once; the last byte waits for <paramref name="release"/>.</summary>
    private sealed class HeldBackContent(byte[] content, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(content.AsMemory(0, content.Length - 1));
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(content.AsMemory(content.Length - 1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = content.Length;
            return true;
        }
    }

    /// <summary>A body whose length the client does not announce, so it is sent chunked and the limit bites mid-body.</summary>
    private sealed class UnannouncedLength(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}

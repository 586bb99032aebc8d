using System.Text;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Inbound;

[TestFixture]
public sealed class NationalExporterTests
{
    private TemporaryFolder _folder = null!;
    private SqliteGatewayStore _store = null!;

    [SetUp]
    public async Task Open()
    {
        _folder = new TemporaryFolder();
        _store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = _folder.Combine("gateway.db") }, new FakeTimeProvider(Validators.Today), CancellationToken.None);
    }

    [TearDown]
    public async Task Close()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private async Task StoreRequestAsync(string messageId)
    {
        var payload = Encoding.UTF8.GetBytes(CanonicalJson.Serialize(SomeRequests.Full()));
        await _store.StoreInboundAsync(new InboundMessage(messageId, "pe", "cooperation-request", SomeRequests.RequestId, Encoding.ASCII.GetBytes("jws"), payload), Encoding.ASCII.GetBytes("receipt"), CancellationToken.None);
    }

    private async Task StoreResponseAsync(string messageId, CooperationResponse response)
    {
        var payload = Encoding.UTF8.GetBytes(CanonicalJson.Serialize(response));
        await _store.StoreInboundAsync(new InboundMessage(messageId, "pe", "cooperation-response", response.InResponseTo, Encoding.ASCII.GetBytes("jws"), payload), Encoding.ASCII.GetBytes("receipt"), CancellationToken.None);
    }

    [Test]
    public async Task Writes_each_request_once_named_after_its_request_id_and_marks_it_exported()
    {
        await StoreRequestAsync("0190a1b2-0000-7000-8000-000000000001");
        var exporter = new NationalExporter(_store, new RenderingAdapter(), _folder.Combine("export"));

        Assert.That(await exporter.ExportPendingAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(await exporter.ExportPendingAsync(CancellationToken.None), Is.Zero, "already exported");
        Assert.That(Directory.GetFiles(_folder.Combine("export")).Select(Path.GetFileName), Is.EqualTo(new[] { $"national_{SomeRequests.RequestId}.txt" }));
    }

    [Test]
    public async Task A_message_the_adapter_cannot_render_is_kept_in_failed_with_a_report_and_does_not_block_the_others()
    {
        await StoreRequestAsync("0190a1b2-0000-7000-8000-000000000001");
        await StoreResponseAsync("0190a1b2-0000-7000-8000-000000000002", SomeResponses.Minimal());
        var exporter = new NationalExporter(_store, new RenderingAdapter(failFor: 1), _folder.Combine("export"));

        Assert.That(await exporter.ExportPendingAsync(CancellationToken.None), Is.EqualTo(2));

        var failed = _folder.Combine("export", NationalExporter.FailedFolder);
        Assert.That(File.ReadAllText(Path.Combine(failed, "0190a1b2-0000-7000-8000-000000000001.json")), Does.Contain(SomeRequests.RequestId));
        Assert.That(File.ReadAllText(Path.Combine(failed, "0190a1b2-0000-7000-8000-000000000001.json.report.txt")), Does.Contain("InvalidOperationException: no column for aliases"));
        Assert.That(Directory.GetFiles(_folder.Combine("export")).Select(Path.GetFileName), Has.Exactly(1).StartsWith("response_"), "the response behind it was written");
    }

    [Test]
    public async Task A_response_is_written_in_the_national_response_format_named_after_its_request_and_response_ids_with_its_warnings_beside_it()
    {
        var response = SomeResponses.Minimal();
        await StoreResponseAsync("0190a1b2-0000-7000-8000-000000000003", response);
        var exporter = new NationalExporter(_store, new RespondingAdapter(), _folder.Combine("export"));

        Assert.That(await exporter.ExportPendingAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(await exporter.ExportPendingAsync(CancellationToken.None), Is.Zero, "already exported");

        var name = $"respuesta_{response.InResponseTo}_{response.ResponseId}.txt";
        Assert.That(Directory.GetFiles(_folder.Combine("export")).Select(Path.GetFileName), Is.EquivalentTo(new[] { name, name + ".warnings.txt" }));
        Assert.That(File.ReadAllText(_folder.Combine("export", name)), Is.EqualTo("status acknowledged"));
        Assert.That(File.ReadAllText(_folder.Combine("export", name + ".warnings.txt")), Does.Contain("render.not-carried"));
    }

    [Test]
    public async Task A_response_is_written_as_canonical_json_when_the_adapter_has_no_response_format()
    {
        var response = SomeResponses.Minimal();
        await StoreResponseAsync("0190a1b2-0000-7000-8000-000000000004", response);
        var exporter = new NationalExporter(_store, new RenderingAdapter(), _folder.Combine("export"));

        Assert.That(await exporter.ExportPendingAsync(CancellationToken.None), Is.EqualTo(1));

        var path = _folder.Combine("export", $"response_{response.InResponseTo}_{response.ResponseId}.json");
        Assert.That(CanonicalJson.DeserializeResponse(File.ReadAllText(path)), Is.EqualTo(response).Using<CooperationResponse>((a, b) => CanonicalJson.Serialize(a) == CanonicalJson.Serialize(b)));
    }

    private sealed class RenderingAdapter(int failFor = 0) : ICountryAdapter
    {
        private int _renders;

        public AdapterDescriptor Descriptor { get; } = new()
        {
            Id = "XX", Version = "1.0.0", Country = "ES", DisplayName = "test", SourceFormat = "text", MediaType = "text/plain", FilePatterns = ["national_*.txt"],
        };

        public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default) => [];

        public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
        {
            if (++_renders == failFor) throw new InvalidOperationException("no column for aliases");
            output.Write(Encoding.UTF8.GetBytes(requests[0].RequestId));
            return new RenderReport { RequestsWritten = 1 };
        }
    }

    private sealed class RespondingAdapter : ICountryAdapter, IResponseAdapter
    {
        public AdapterDescriptor Descriptor { get; } = new()
        {
            Id = "XX", Version = "1.0.0", Country = "ES", DisplayName = "test", SourceFormat = "text", MediaType = "text/plain", FilePatterns = ["national_*.txt"],
        };

        public ResponseFormatDescriptor ResponseFormat { get; } = new() { SourceFormat = "text-response", MediaType = "text/plain", FilePatterns = ["respuesta_*.txt"] };

        public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default) => [];

        public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output) => new() { RequestsWritten = 0 };

        public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default) => [];

        public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output)
        {
            output.Write(Encoding.UTF8.GetBytes("status " + CanonicalCodes.ToCode(responses[0].Status)));
            return new RenderReport { RequestsWritten = 1, Warnings = [Sdk.Diagnostics.Problem.Warning("render.not-carried", "the message is not carried", canonicalPath: "/message")] };
        }
    }
}

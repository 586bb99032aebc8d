using System.Text;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Core.Inbound;

/// <summary>
/// Writes what partners sent into the export folder of the national system: requests in the national format (through
/// the country adapter), responses in the national response format when the adapter has one
/// (<see cref="IResponseAdapter"/>), else as canonical JSON. Files are named after the canonical request id, which the
/// national system files a case under: a request as the adapter's first pattern with <c>*</c> = the request id
/// (<c>fortuny_&lt;requestId&gt;.xml</c>), a response as the first response pattern with <c>*</c> =
/// <c>&lt;requestId&gt;_&lt;responseId&gt;</c> (a request gets several responses), or
/// <c>response_&lt;requestId&gt;_&lt;responseId&gt;.json</c>. Each is written through a temporary name then renamed,
/// and only then marked exported; a crash in between rewrites the same file on restart, so the national system sees
/// each message exactly once. Canonical content the national format cannot carry is listed in a
/// <c>.warnings.txt</c> beside the file rather than dropped silently.
/// </summary>
public sealed class NationalExporter
{
    private readonly IGatewayStore _store;
    private readonly ICountryAdapter _adapter;
    private readonly string _folder;

    /// <summary>Creates an exporter writing into <paramref name="folder"/> (created if missing).</summary>
    public NationalExporter(IGatewayStore store, ICountryAdapter adapter, string folder)
    {
        _store = store;
        _adapter = adapter;
        _folder = Directory.CreateDirectory(folder).FullName;
    }

    /// <summary>The national format responses are written in, or null when the adapter has none and they are written as canonical JSON.</summary>
    public ResponseFormatDescriptor? ResponseFormat => (_adapter as IResponseAdapter)?.ResponseFormat;

    /// <summary>Exports every stored message not yet exported; returns how many.</summary>
    public async Task<int> ExportPendingAsync(CancellationToken cancellationToken)
    {
        var exported = 0;
        long after = 0;
        while (true)
        {
            var batch = await _store.ListUnexportedInboundAsync(after, 100, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0) return exported;
            foreach (var stored in batch)
            {
                var path = WriteOrQuarantine(stored.Message);
                // The audit log keeps what the national system was handed, by hash: an auditor can match the file later.
                var sha256 = await HashAsync(path, cancellationToken).ConfigureAwait(false);
                await _store.MarkExportedAsync(stored.Message.MessageId, path, sha256, cancellationToken).ConfigureAwait(false);
                exported++;
                after = stored.Sequence;
            }
        }
    }

    /// <summary>
    /// A message the adapter cannot render (an adapter bug, content its format cannot hold) must neither stop the
    /// exports behind it nor vanish: its canonical JSON goes to <c>failed/</c> with a report a clerk can act on.
    /// </summary>
    private string WriteOrQuarantine(InboundMessage message)
    {
        try
        {
            return Write(message);
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException or OperationCanceledException))
        {
            var failed = Directory.CreateDirectory(Path.Combine(_folder, FailedFolder)).FullName;
            var path = Path.Combine(failed, $"{message.MessageId}.json");
            File.WriteAllBytes(path, message.Payload.ToArray());
            File.WriteAllText(path + ".report.txt",
                $"Message {message.MessageId} ({message.MessageType}) from {message.PartnerId} could not be written in the national format by adapter {_adapter.Descriptor.Id} {_adapter.Descriptor.Version}: {e.GetType().Name}: {e.Message}{Environment.NewLine}The canonical document is beside this report; the partner has its receipt.{Environment.NewLine}");
            return path;
        }
    }

    /// <summary>Sub-folder of the export folder for messages that could not be rendered.</summary>
    public const string FailedFolder = "failed";

    private string Write(InboundMessage message)
    {
        var json = Encoding.UTF8.GetString(message.Payload.Span);
        if (message.MessageType != "cooperation-request") return WriteResponse(json);
        var request = StoredDocuments.ReadRequest(json);
        var name = _adapter.Descriptor.FilePatterns[0].Replace("*", request.RequestId, StringComparison.Ordinal);
        return WriteRendered(name, stream => _adapter.Render([request], stream));
    }

    private string WriteResponse(string json)
    {
        var response = StoredDocuments.ReadResponse(json);
        var stem = $"{response.InResponseTo}_{response.ResponseId}";
        if (_adapter is not IResponseAdapter national)
            return WriteAtomically($"response_{stem}.json", stream => stream.Write(Encoding.UTF8.GetBytes(json)));
        var name = national.ResponseFormat.FilePatterns[0].Replace("*", stem, StringComparison.Ordinal);
        return WriteRendered(name, stream => national.RenderResponses([response], stream));
    }

    private string WriteRendered(string name, Func<Stream, RenderReport> render)
    {
        RenderReport? report = null;
        var path = WriteAtomically(name, stream => report = render(stream));
        var warnings = path + ".warnings.txt";
        if (report is { Warnings.Count: > 0 }) File.WriteAllLines(warnings, report.Warnings.Select(w => w.ToString()));
        return path;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    private string WriteAtomically(string name, Action<Stream> write)
    {
        var path = Path.Combine(_folder, name);
        var temporary = Path.Combine(_folder, "." + name + ".tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}

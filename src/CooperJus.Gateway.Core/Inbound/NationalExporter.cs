using System.Text;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Core.Inbound;

/// <summary>
/// Writes what partners sent into the export folder of the national system: requests in the national format (through
/// the country adapter), responses as canonical JSON. Each file is named after its message id and written through a
/// temporary name then renamed, and only then marked exported; a crash in between rewrites the same file on restart,
/// so the national system sees each message exactly once. Canonical content the national format cannot carry is
/// listed in a <c>.warnings.txt</c> beside the file rather than dropped silently.
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
                var path = Write(stored.Message);
                await _store.MarkExportedAsync(stored.Message.MessageId, path, cancellationToken).ConfigureAwait(false);
                exported++;
                after = stored.Sequence;
            }
        }
    }

    private string Write(InboundMessage message)
    {
        var json = Encoding.UTF8.GetString(message.Payload.Span);
        if (message.MessageType != "cooperation-request")
            return WriteAtomically($"response_{message.MessageId}.json", stream => stream.Write(Encoding.UTF8.GetBytes(json)));
        var request = CanonicalJson.Deserialize(json);
        var name = _adapter.Descriptor.FilePatterns[0].Replace("*", message.MessageId, StringComparison.Ordinal);
        RenderReport? report = null;
        var path = WriteAtomically(name, stream => report = _adapter.Render([request], stream));
        if (report is { Warnings.Count: > 0 })
            File.WriteAllLines(path + ".warnings.txt", report.Warnings.Select(w => w.ToString()));
        return path;
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

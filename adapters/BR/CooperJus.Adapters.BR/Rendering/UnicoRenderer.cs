using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>
/// Writes canonical requests as one Sistema Único export (UTF-8, indented), streaming: each pedido is flushed to the
/// output as soon as it is written.
/// </summary>
internal sealed class UnicoRenderer
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Portuguese text stays readable (ç, ã, º) instead of \u escapes; the output is UTF-8 JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly BrazilCodeLists _lists;
    private readonly TimeProvider _clock;

    public UnicoRenderer(BrazilCodeLists lists, TimeProvider clock)
    {
        _lists = lists;
        _clock = clock;
    }

    /// <remarks>
    /// The layout has one generation time per file, so <c>geradoEm</c> is the first request's <c>createdAt</c> (the
    /// clock's time for an empty file); a request created at another time gets a warning.
    /// </remarks>
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        var warnings = new List<Problem>();
        var generatedAt = requests.Count > 0 ? requests[0].CreatedAt : _clock.GetUtcNow();
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("versaoLeiaute", UnicoFileReader.SupportedVersion);
        writer.WriteString("sistema", UnicoFileReader.NationalSystem);
        writer.WriteString("geradoEm", IsoInstant.Format(generatedAt));
        writer.WriteStartArray("pedidos");
        for (var i = 0; i < requests.Count; i++)
        {
            var scope = new RenderScope(requests[i], i, UnicoCarriedPaths.FormatName, UnicoCarriedPaths.Carried);
            new PedidoWriter(_lists, scope).Write(writer, requests[i], generatedAt);
            writer.Flush();
            warnings.AddRange(scope.Complete());
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }
}

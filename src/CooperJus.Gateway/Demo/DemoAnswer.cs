using System.Text;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Demo;

/// <summary>
/// The receiving office answers the first request it received, the way its national system would: a response file in
/// its own national response format (rendered by its adapter from the answer the office means to give), dropped into
/// its gateway's intake, which reads it back through the same adapter like any file the office exports. An adapter
/// without a national response format gets the canonical <c>*.response.json</c> the intake also takes.
/// </summary>
internal static class DemoAnswer
{
    /// <summary>What was written: the request answered, the file, its format and what the format could not hold.</summary>
    public sealed record Written(string RequestId, string FileName, string Format, IReadOnlyList<string> Warnings);

    public static async Task<Written> WriteAsync(DemoGateway receiver, ICountryAdapter adapter, IGatewayStore store, CancellationToken cancellationToken)
    {
        var received = await store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), cancellationToken).ConfigureAwait(false);
        var request = received.OrderBy(r => r.RequestId, StringComparer.Ordinal).First().Request;
        var response = InProgress(request.RequestId, adapter.Descriptor);
        var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        return adapter is IResponseAdapter national
            ? await WriteNationalAsync(receiver, national, response, stamp, cancellationToken).ConfigureAwait(false)
            : await WriteCanonicalAsync(receiver, response, stamp, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "Received and assigned, measures under way", the first answer most requests get. In Spanish, the working
    /// language of all but one of the Cooper@jus offices, which every adapter's language list knows.
    /// </summary>
    private static CooperationResponse InProgress(string requestId, AdapterDescriptor office) => new()
    {
        ResponseId = Guid.NewGuid().ToString(),
        InResponseTo = requestId,
        Status = ResponseStatus.InProgress,
        // To the second, as case systems stamp their records: a finer instant would be reported as altered by formats
        // that write seconds, which is true but not what the demo is about.
        CreatedAt = WholeSeconds(TimeProvider.System.GetUtcNow()),
        RespondingAuthority = new Authority { Country = office.Country, Name = office.DisplayName },
        Language = "es",
        Message = "Solicitud recibida y asignada; diligencias en curso.",
        Results = [new ResponseResult { MeasureIndex = 0, Status = ResponseStatus.InProgress, Summary = "Se ha requerido la información a las entidades competentes." }],
    };

    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));

    private static async Task<Written> WriteNationalAsync(DemoGateway receiver, IResponseAdapter adapter, CooperationResponse response, string stamp, CancellationToken cancellationToken)
    {
        var name = adapter.ResponseFormat.FilePatterns[0].Replace("*", stamp, StringComparison.Ordinal);
        var path = Path.Combine(receiver.IntakeFolder, name);
        RenderReport report;
        await using (var output = File.Create(path + ".part"))
        {
            report = adapter.RenderResponses([response], output);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        File.Move(path + ".part", path);
        return new Written(response.InResponseTo, name, adapter.ResponseFormat.SourceFormat, report.Warnings.Select(w => $"{w.CanonicalPath}: {w.Message}").ToList());
    }

    private static async Task<Written> WriteCanonicalAsync(DemoGateway receiver, CooperationResponse response, string stamp, CancellationToken cancellationToken)
    {
        var name = $"answer_{stamp}.response.json";
        var path = Path.Combine(receiver.IntakeFolder, name);
        await File.WriteAllTextAsync(path + ".part", CanonicalJson.Serialize(response), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(path + ".part", path);
        return new Written(response.InResponseTo, name, "canonical JSON (its adapter has no national response format)", []);
    }
}

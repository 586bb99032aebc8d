using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>
/// A country adapter: reads its national export into canonical requests and writes canonical requests back in the
/// national format. This is the whole contract between the gateway and a country.
/// </summary>
/// <remarks>
/// <para>
/// <b>Loading.</b> The gateway finds a public sealed class implementing this interface in the adapter's assembly and
/// creates it with a public constructor taking one <see cref="AdapterContext"/> (or none). A constructor that throws
/// makes the gateway report the adapter as broken and skip it; keep constructors to loading code lists.
/// </para>
/// <para>
/// <b>Bad input never throws.</b> <see cref="Read"/> reports every problem it meets as a <see cref="RecordResult"/>
/// carrying a <see cref="Diagnostics.Problem"/> that names the file, the row or path, the field, the value as written
/// and the rule, and goes on with the next record: one bad record never stops the good ones. Only cancellation and
/// I/O failures of the stream itself may escape as exceptions.
/// </para>
/// <para>
/// <b>Streaming.</b> Read one record at a time and yield it: an export of any size must be read in bounded memory.
/// </para>
/// </remarks>
public interface ICountryAdapter
{
    /// <summary>Who this adapter is: id, version, country and formats.</summary>
    AdapterDescriptor Descriptor { get; }

    /// <summary>
    /// Reads national records from <paramref name="source"/>, yielding one result per request found, plus one result
    /// with no <see cref="RecordResult.RecordId"/> for each problem that concerns the whole file (empty file, missing
    /// column, unreadable encoding).
    /// </summary>
    /// <param name="source">The national export to read.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="requests"/> to <paramref name="output"/> as one national file, and reports as warnings
    /// whatever canonical content the national format cannot carry (so nothing is dropped silently).
    /// </summary>
    /// <param name="requests">The requests to write; they have passed validation.</param>
    /// <param name="output">Where to write; the adapter does not close it.</param>
    RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output);
}

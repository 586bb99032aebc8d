using System.Runtime.CompilerServices;
using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// Every row of an operator list, read page by page with keyset paging: the commands print all of them as they come
/// (memory stays flat however long the list), never the first page alone.
/// </summary>
internal static class OperatorPages
{
    /// <summary>Rows read per query: the largest page the store serves.</summary>
    public const int PageSize = 1000;

    /// <summary>Every request <paramref name="query"/> selects, in its order.</summary>
    public static async IAsyncEnumerable<RequestSummary> RequestsAsync(IGatewayStore store, RequestQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var page = query with { Offset = 0, Limit = PageSize, After = null }; ;)
        {
            var rows = await store.ListRequestsAsync(page, ct).ConfigureAwait(false);
            foreach (var row in rows) yield return row;
            if (rows.Count < PageSize) yield break;
            page = page with { After = rows[^1] };
        }
    }

    /// <summary>Every outbox message <paramref name="query"/> selects, oldest first.</summary>
    public static async IAsyncEnumerable<OutboxEntry> OutboxAsync(IGatewayStore store, OutboxQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var page = query with { AfterSequence = 0, Limit = PageSize }; ;)
        {
            var rows = await store.ListOutboxAsync(page, ct).ConfigureAwait(false);
            foreach (var row in rows) yield return row;
            if (rows.Count < PageSize) yield break;
            page = page with { AfterSequence = rows[^1].Sequence };
        }
    }
}

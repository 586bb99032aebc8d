using System.CommandLine;
using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus requests</c>: every request with partner, status, deadline and age, overdue first, a held request with
/// the reason it waits. All of them: the list is read page by page and printed as it comes, never cut at a page.
/// </summary>
internal static class RequestsCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var partner = new Option<string?>("--partner") { Description = "Only this partner's requests." };
        var status = new Option<string?>("--status") { Description = $"Only requests in this status: {string.Join(", ", CanonicalCodes.All<RequestStatus>())}." };
        var json = CommonOptions.Json();
        var command = new Command("requests", "List every request (sent, received and held) with its status; overdue first.")
        {
            config, partner, status, json, RequestsReleaseCommand.Create(),
        };
        command.SetAction((parse, ct) => ListAsync(parse.GetValue(config), new RequestQuery(PartnerId: parse.GetValue(partner), Status: StatusFilter(parse.GetValue(status))),
            parse.GetValue(json), ct));
        return command;
    }

    private static RequestStatus? StatusFilter(string? status) =>
        status is null ? null
        : CanonicalCodes.TryParse<RequestStatus>(status, out var parsed) ? parsed
        : throw new UsageException($"--status '{status}' is not one of: {string.Join(", ", CanonicalCodes.All<RequestStatus>())}.");

    private static async Task<int> ListAsync(string? config, RequestQuery query, bool json, CancellationToken ct)
    {
        await using var store = await StoreAccess.OpenAsync(config, ct).ConfigureAwait(false);
        var requests = OperatorPages.RequestsAsync(store, query, ct);
        if (json) await PrintJsonAsync(requests).ConfigureAwait(false);
        else await PrintAsync(requests).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task PrintAsync(IAsyncEnumerable<RequestSummary> requests)
    {
        var now = TimeProvider.System.GetUtcNow();
        var counts = new Counts();
        Console.WriteLine($"{"REQUEST",-36}  {"DIR",-8} {"PARTNER",-8} {"STATUS",-20} {"DEADLINE",-10} {"AGE",6}  CASE");
        await foreach (var summary in requests.ConfigureAwait(false))
        {
            var r = summary.Request;
            var age = (now - r.CreatedAt).TotalDays;
            var flag = summary.IsOverdue ? " OVERDUE" : "";
            Console.WriteLine($"{r.RequestId,-36}  {CanonicalCodes.ToCode(r.Direction),-8} {(r.PartnerId.Length == 0 ? "-" : r.PartnerId),-8} {CanonicalCodes.ToCode(r.Status),-20} {r.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",-10} {age,5:0}d  {r.CaseReference}{flag}");
            if (summary.HeldReason is { } reason) Console.WriteLine($"{"",38}held: {reason}");
            counts.Add(summary);
        }
        Console.WriteLine($"{counts.All} request(s), {counts.Overdue} overdue, {counts.Held} held.");
    }

    /// <summary><c>{"requests": [...], "count": n, "overdue": n, "held": n}</c>, streamed.</summary>
    private static async Task PrintJsonAsync(IAsyncEnumerable<RequestSummary> requests)
    {
        var counts = new Counts();
        await using var writer = CliJson.StandardOutput();
        writer.WriteStartObject();
        writer.WriteStartArray("requests");
        await foreach (var summary in requests.ConfigureAwait(false))
        {
            CliJson.Write(writer, RequestJson.Of(summary));
            counts.Add(summary);
            if (writer.BytesPending > 64 * 1024) await writer.FlushAsync().ConfigureAwait(false);
        }
        writer.WriteEndArray();
        writer.WriteNumber("count", counts.All);
        writer.WriteNumber("overdue", counts.Overdue);
        writer.WriteNumber("held", counts.Held);
        writer.WriteEndObject();
        await writer.FlushAsync().ConfigureAwait(false);
        Console.WriteLine();
    }

    private sealed class Counts
    {
        public int All { get; private set; }

        public int Overdue { get; private set; }

        public int Held { get; private set; }

        public void Add(RequestSummary summary)
        {
            All++;
            if (summary.IsOverdue) Overdue++;
            if (summary.Request.Status == RequestStatus.Held) Held++;
        }
    }
}

using System.CommandLine;
using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus requests</c>: every request with partner, status, deadline and age, overdue first. All of them: the
/// list is read page by page and printed as it comes, never cut at a page.
/// </summary>
internal static class RequestsCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var partner = new Option<string?>("--partner") { Description = "Only this partner's requests." };
        var json = CommonOptions.Json();
        var command = new Command("requests", "List every request (sent and received) with its status; overdue first.") { config, partner, json };
        command.SetAction((parse, ct) => ListAsync(parse.GetValue(config), new RequestQuery(PartnerId: parse.GetValue(partner)), parse.GetValue(json), ct));
        return command;
    }

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
        var (count, overdue) = (0, 0);
        Console.WriteLine($"{"REQUEST",-36}  {"DIR",-8} {"PARTNER",-8} {"STATUS",-20} {"DEADLINE",-10} {"AGE",6}  CASE");
        await foreach (var summary in requests.ConfigureAwait(false))
        {
            var r = summary.Request;
            var age = (now - r.CreatedAt).TotalDays;
            var flag = summary.IsOverdue ? " OVERDUE" : "";
            Console.WriteLine($"{r.RequestId,-36}  {CanonicalCodes.ToCode(r.Direction),-8} {r.PartnerId,-8} {CanonicalCodes.ToCode(r.Status),-20} {r.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",-10} {age,5:0}d  {r.CaseReference}{flag}");
            count++;
            if (summary.IsOverdue) overdue++;
        }
        Console.WriteLine($"{count} request(s), {overdue} overdue.");
    }

    /// <summary><c>{"requests": [...], "count": n, "overdue": n}</c>, streamed.</summary>
    private static async Task PrintJsonAsync(IAsyncEnumerable<RequestSummary> requests)
    {
        var (count, overdue) = (0, 0);
        await using var writer = CliJson.StandardOutput();
        writer.WriteStartObject();
        writer.WriteStartArray("requests");
        await foreach (var summary in requests.ConfigureAwait(false))
        {
            CliJson.Write(writer, RequestJson.Of(summary));
            count++;
            if (summary.IsOverdue) overdue++;
            if (writer.BytesPending > 64 * 1024) await writer.FlushAsync().ConfigureAwait(false);
        }
        writer.WriteEndArray();
        writer.WriteNumber("count", count);
        writer.WriteNumber("overdue", overdue);
        writer.WriteEndObject();
        await writer.FlushAsync().ConfigureAwait(false);
        Console.WriteLine();
    }
}

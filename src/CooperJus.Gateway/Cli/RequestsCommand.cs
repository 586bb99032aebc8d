using System.CommandLine;
using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary><c>cooperjus requests</c>: every request with partner, status, deadline and age, overdue first.</summary>
internal static class RequestsCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var partner = new Option<string?>("--partner") { Description = "Only this partner's requests." };
        var status = new Option<string?>("--status") { Description = $"Only requests in this status: {string.Join(", ", CanonicalCodes.All<RequestStatus>())}." };
        var command = new Command("requests", "List requests (sent and received) with their status; overdue first.") { config, partner, status, RequestsReleaseCommand.Create() };
        command.SetAction((parse, ct) => ListAsync(parse.GetValue(config), parse.GetValue(partner), parse.GetValue(status), ct));
        return command;
    }

    private static async Task<int> ListAsync(string? config, string? partner, string? status, CancellationToken ct)
    {
        RequestStatus? filter = null;
        if (status is not null)
            filter = CanonicalCodes.TryParse<RequestStatus>(status, out var parsed) ? parsed : throw new UsageException($"--status '{status}' is not one of: {string.Join(", ", CanonicalCodes.All<RequestStatus>())}.");
        await using var store = await StoreAccess.OpenAsync(config, ct).ConfigureAwait(false);
        var requests = await store.ListRequestsAsync(new RequestQuery(PartnerId: partner, Status: filter, Limit: 1000), ct).ConfigureAwait(false);
        var now = TimeProvider.System.GetUtcNow();
        Console.WriteLine($"{"REQUEST",-36}  {"DIR",-8} {"PARTNER",-8} {"STATUS",-20} {"DEADLINE",-10} {"AGE",6}  CASE");
        foreach (var summary in requests)
        {
            var r = summary.Request;
            var age = (now - r.CreatedAt).TotalDays;
            var flag = summary.IsOverdue ? " OVERDUE" : "";
            Console.WriteLine($"{r.RequestId,-36}  {CanonicalCodes.ToCode(r.Direction),-8} {(r.PartnerId.Length == 0 ? "-" : r.PartnerId),-8} {CanonicalCodes.ToCode(r.Status),-20} {r.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",-10} {age,5:0}d  {r.CaseReference}{flag}");
            if (summary.HeldReason is { } reason) Console.WriteLine($"{"",38}held: {reason}");
        }
        Console.WriteLine($"{requests.Count} request(s), {requests.Count(r => r.IsOverdue)} overdue, {requests.Count(r => r.Status == RequestStatus.Held)} held.");
        return ExitCodes.Success;
    }
}

using System.Diagnostics;
using System.Globalization;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Benchmarks.Auditing;

/// <summary>
/// <c>audit-search</c>: fills a real store with N audit events (five per request, as the intake writes them), then times
/// the auditor's searches (by case reference, identity number, name, request id) and a full <c>audit verify</c>.
/// Target from the issue: a search by case reference or identity number answers in under 200 ms with 1,000,000 events.
/// </summary>
internal static class AuditSearchCommand
{
    public const string Name = "audit-search";

    private const int EventsPerRequest = 5;
    private const int RequestsPerTransaction = 500;
    private const double TargetMilliseconds = 200;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = AuditSearchOptions.Parse(args);
        var work = options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "cooperjus-audit-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = Path.Combine(work, "audit-bench.db") }, TimeProvider.System, CancellationToken.None);
            var requests = await FillAsync(store, options.Events / EventsPerRequest);
            var head = (await store.Audit.GetHeadAsync(CancellationToken.None))!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {head.Sequence:N0} audit events, {requests:N0} requests, {new FileInfo(store.Path).Length / 1e6:N0} MB ({store.Path})"));
            await MeasureSearchesAsync(store.Audit, requests, options.Queries);
            await MeasureVerifyAsync(store.Audit, work);
            return 0;
        }
        finally
        {
            if (!options.Keep && options.WorkFolder is null) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Adds requests until the store holds <paramref name="requests"/>; returns how many it holds.</summary>
    private static async Task<int> FillAsync(SqliteGatewayStore store, int requests)
    {
        var existing = (await store.ListRequestsAsync(new RequestQuery(Limit: 1), CancellationToken.None)).Count == 0 ? 0 : await CountAsync(store);
        var clock = Stopwatch.StartNew();
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var first = existing; first < requests; first += RequestsPerTransaction)
        {
            var batch = Enumerable.Range(first, Math.Min(RequestsPerTransaction, requests - first))
                .Select(i => SyntheticCases.Message(i, created.AddMinutes(i))).ToList();
            var file = new IntakeFile($"export-{first}.csv", 1, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(first))));
            await store.RecordIntakeAsync(file, batch, CancellationToken.None);
            if (first / RequestsPerTransaction % 40 == 0) Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rfilling: {first + batch.Count:N0} / {requests:N0} requests"));
        }
        Console.Error.WriteLine();
        if (requests > existing)
        {
            var added = (requests - existing) * (EventsPerRequest + 1.0 / RequestsPerTransaction);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fill: {added:N0} events appended in {clock.Elapsed.TotalSeconds:N1} s ({added / clock.Elapsed.TotalSeconds:N0} events/s, hashed, indexed, one transaction per {RequestsPerTransaction} requests)"));
        }
        return Math.Max(requests, existing);
    }

    private static async Task<int> CountAsync(SqliteGatewayStore store)
    {
        var head = await store.Audit.GetHeadAsync(CancellationToken.None);
        return head is null ? 0 : (int)(head.Sequence / (EventsPerRequest + 1.0 / RequestsPerTransaction));
    }

    private static async Task MeasureSearchesAsync(IAuditLog log, int requests, int queries)
    {
        var random = new Random(20261128);
        var searches = new (string Kind, Func<int, AuditSearch> Make)[]
        {
            ("case reference", i => new AuditSearch(CaseReference: SyntheticCases.CaseReference(i))),
            ("identity number", i => new AuditSearch(PersonTerms: SyntheticCases.SearchTerms.OfQuery(SyntheticCases.IdentityNumber(i, 1)))),
            ("request id", i => new AuditSearch(RequestId: SyntheticCases.RequestId(i))),
            ("name (all words)", i => new AuditSearch(PersonTerms: SyntheticCases.SearchTerms.OfQuery(SyntheticCases.FullName(i, 0)))),
            ("case reference + status + dates", i => new AuditSearch(CaseReference: SyntheticCases.CaseReference(i), Status: RequestStatus.Submitted, From: new DateOnly(2026, 1, 1), To: new DateOnly(2027, 12, 31))),
        };
        Console.WriteLine();
        Console.WriteLine($"{"search",-34} {"median ms",10} {"p95 ms",8} {"max ms",8} {"hits",6}  target < {TargetMilliseconds} ms");
        foreach (var (kind, make) in searches)
        {
            for (var w = 0; w < 20; w++) await log.SearchAsync(make(random.Next(requests)), CancellationToken.None);
            var times = new List<double>();
            var hits = 0;
            for (var q = 0; q < queries; q++)
            {
                var search = make(random.Next(requests));
                var watch = Stopwatch.StartNew();
                hits += (await log.SearchAsync(search, CancellationToken.None)).Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var p95 = times[(int)(times.Count * 0.95)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-34} {times[times.Count / 2],10:N2} {p95,8:N2} {times[^1],8:N2} {hits / (double)queries,6:N1}  {(times[^1] < TargetMilliseconds ? "MET" : "MISSED")}"));
        }
    }

    private static async Task MeasureVerifyAsync(IAuditLog log, string work)
    {
        using var key = GatewayKey.Generate("bench");
        var checkpoints = new AuditCheckpoints(Path.Combine(work, "audit-checkpoints-" + Guid.NewGuid().ToString("N")[..6] + ".jwsl"), key, "BENCH");
        // A new file for a store that may have been filled by an earlier run (--keep): started knowingly.
        await checkpoints.WriteAsync(log, TimeProvider.System, CancellationToken.None, startNewFile: true);
        var watch = Stopwatch.StartNew();
        var result = await new AuditVerifier(log, checkpoints).VerifyAsync(CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audit verify: {result.EventsChecked:N0} events and {result.CheckpointsChecked} checkpoint in {watch.Elapsed.TotalSeconds:N1} s ({result.EventsChecked / watch.Elapsed.TotalSeconds:N0} events/s): {(result.IsIntact ? "intact" : result.Problem)}"));
    }
}

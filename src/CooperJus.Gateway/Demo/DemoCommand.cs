using System.CommandLine;
using System.Globalization;
using CooperJus.Gateway.Cli;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.Demo;

/// <summary>
/// <c>cooperjus demo [--from PE] [--to ES]</c>: two gateways on loopback, each with its country's adapter, fresh keys
/// and SQLite files in a new folder. The sending country's sample exports are dropped into its intake; the requests
/// for the receiving country are delivered, receipted and written out in the receiving country's national format; the
/// receiving office answers one in its own national response format, and the sending country shows the new status
/// and its export folder gets the answer in its format. Any two adapters with samples can be paired: nothing here
/// knows a country. Everything stays in the folder it prints, for a look afterwards.
/// </summary>
internal static class DemoCommand
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Country whose office sends its sample exports (an adapter id, default PE).", DefaultValueFactory = _ => "PE" };
        var to = new Option<string>("--to") { Description = "Country whose gateway receives them and answers one (an adapter id, default ES).", DefaultValueFactory = _ => "ES" };
        var samples = new Option<string?>("--samples") { Description = "Folder of the sending country's national exports (default: samples/<from> of the repository)." };
        var adapters = CommonOptions.AdaptersFolder();
        var command = new Command("demo", "Run two gateways (by default Peru and Spain) on loopback, send one country's samples to the other and carry an answer back.") { from, to, samples, adapters };
        command.SetAction((parse, ct) => RunAsync(new DemoPair(parse.GetValue(from)!, parse.GetValue(to)!), parse.GetValue(samples), parse.GetValue(adapters), ct));
        return command;
    }

    private static async Task<int> RunAsync(DemoPair pair, string? samplesFolder, string? adaptersFolder, CancellationToken cancellationToken)
    {
        pair.Check();
        var samples = samplesFolder ?? FindUpwards(Path.Combine("samples", pair.From)) ?? throw new UsageException($"samples/{pair.From} not found: run from the repository or give --samples.");
        var adapters = AdapterDirectoryLocator.Locate(adaptersFolder);
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"cooperjus-demo-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}")).FullName;
        Console.WriteLine($"Demo folder: {root}");
        await using var sender = DemoGateway.Create(root, pair.From.ToLowerInvariant(), pair.From, pair.From);
        await using var receiver = DemoGateway.Create(root, pair.To.ToLowerInvariant(), pair.To, pair.To);
        try
        {
            await sender.StartAsync(receiver, adapters, cancellationToken).ConfigureAwait(false);
            await receiver.StartAsync(sender, adapters, cancellationToken).ConfigureAwait(false);
        }
        catch (StartupException e)
        {
            throw new UsageException(e.Message);
        }
        var (from, to) = (pair.FromName, pair.ToName);
        Console.WriteLine($"{from}'s gateway ({Adapter(sender).Descriptor.DisplayName}): partner listener {sender.Url}, inside listener {sender.InsideUrl}.");
        Console.WriteLine($"{to}'s gateway ({Adapter(receiver).Descriptor.DisplayName}): partner listener {receiver.Url}, inside listener {receiver.InsideUrl}. Keys generated, stores created.");

        var dropped = Drop(samples, Adapter(sender).Descriptor.FilePatterns, sender.IntakeFolder);
        if (dropped.Count == 0) throw new UsageException($"No file in {samples} matches {from}'s export patterns ({string.Join(", ", Adapter(sender).Descriptor.FilePatterns)}).");
        Console.WriteLine($"Dropped {dropped.Count} national export file(s) ({Adapter(sender).Descriptor.SourceFormat}) into {from}'s intake.");
        await WaitForIntakeAsync(sender, dropped, cancellationToken).ConfigureAwait(false);
        var delivered = await WaitForDeliveryAsync(sender, receiver, pair, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{delivered.Count} request(s) delivered to {to} with signed receipts, and written out in {to}'s national format ({Adapter(receiver).Descriptor.SourceFormat}):");
        foreach (var file in ExportedRequests(receiver)) Console.WriteLine($"  {file}");
        await ReportHeldAsync(sender, cancellationToken).ConfigureAwait(false);

        var answer = await DemoAnswer.WriteAsync(receiver, Adapter(receiver), Store(receiver), cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{to}'s office answered in {answer.Format}: {answer.FileName} dropped into {to}'s intake.");
        foreach (var warning in answer.Warnings) Console.WriteLine($"  (what {to}'s format could not hold of the answer: {warning})");
        var status = await WaitForStatusAsync(sender, answer.RequestId, pair, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{to} answered request {answer.RequestId} ({CanonicalCodes.ToCode(ResponseStatus.InProgress)}); {from} now shows it as {CanonicalCodes.ToCode(status)}.");
        Console.WriteLine($"{from}'s national export got the answer: {await WaitForAnswerExportAsync(sender, answer.RequestId, pair, cancellationToken).ConfigureAwait(false)}");
        await PrintRequestsAsync(sender, from, cancellationToken).ConfigureAwait(false);
        await PrintAuditAsync(sender, answer.RequestId, cancellationToken).ConfigureAwait(false);
        await PrintAuditAsync(receiver, answer.RequestId, cancellationToken).ConfigureAwait(false);
        await PrintMetricsAsync(sender, cancellationToken).ConfigureAwait(false);
        Console.WriteLine("Demo complete.");
        return ExitCodes.Success;
    }

    private static List<string> Drop(string samples, IReadOnlyList<string> patterns, string intake)
    {
        var files = patterns.SelectMany(p => Directory.GetFiles(samples, p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(intake);
        foreach (var file in files)
        {
            var temporary = Path.Combine(intake, Path.GetFileName(file) + ".part");
            // The bytes, not File.Copy: that would give the copy the sample's own mode (0644), not the gateway's.
            File.WriteAllBytes(temporary, File.ReadAllBytes(file));
            File.Move(temporary, Path.Combine(intake, Path.GetFileName(file)));
        }
        return files.Select(Path.GetFileName).OfType<string>().ToList();
    }

    /// <summary>
    /// Until every dropped file has been filed (processed or failed: the intake writes its report first), so that an
    /// empty outbox afterwards means the samples hold no request for the receiving country, not that intake is slow.
    /// </summary>
    private static Task WaitForIntakeAsync(DemoGateway sender, IReadOnlyList<string> dropped, CancellationToken cancellationToken) =>
        Until(() => Task.FromResult(dropped.All(name => Filed(sender, IntakeFolder.ProcessedFolder, name) || Filed(sender, IntakeFolder.FailedFolder, name)) ? dropped : null),
            "the intake to take the dropped files", cancellationToken);

    /// <summary>Whether the intake has filed <paramref name="name"/> in <paramref name="folder"/> (under a name that starts with the time it took it).</summary>
    private static bool Filed(DemoGateway gateway, string folder, string name)
    {
        var path = Path.Combine(gateway.IntakeFolder, folder);
        return Directory.Exists(path) && Directory.EnumerateFiles(path).Any(f => Path.GetFileName(f).EndsWith("_" + name, StringComparison.Ordinal));
    }

    private static IEnumerable<string> ExportedRequests(DemoGateway receiver) =>
        Directory.Exists(receiver.ExportFolder)
            ? Adapter(receiver).Descriptor.FilePatterns.SelectMany(p => Directory.GetFiles(receiver.ExportFolder, p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            : [];

    private static async Task<IReadOnlyList<OutboxEntry>> WaitForDeliveryAsync(DemoGateway sender, DemoGateway receiver, DemoPair pair, CancellationToken cancellationToken)
    {
        var store = Store(sender);
        var queued = await store.ListOutboxAsync(new OutboxQuery(Limit: 1000), cancellationToken).ConfigureAwait(false);
        if (queued.Count == 0)
            throw new UsageException($"{pair.FromName}'s samples hold no request for {pair.ToName} that could be sent: see {Path.Combine(sender.IntakeFolder, IntakeFolder.ProcessedFolder)} " +
                                     $"and `cooperjus requests --config {sender.Layout.ConfigFile}`, or give --samples.");
        return await Until(async () =>
        {
            var all = await store.ListOutboxAsync(new OutboxQuery(Limit: 1000), cancellationToken).ConfigureAwait(false);
            var exported = ExportedRequests(receiver).Count();
            var done = all.All(e => e.State is OutboxState.Delivered or OutboxState.DeadLettered) && exported >= all.Count(e => e.State == OutboxState.Delivered);
            return done ? all.Where(e => e.State == OutboxState.Delivered).ToList() : null;
        }, $"the requests to reach {pair.ToName}", cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReportHeldAsync(DemoGateway sender, CancellationToken cancellationToken)
    {
        var held = await Store(sender).ListHeldAsync(null, null, cancellationToken).ConfigureAwait(false);
        if (held.Count == 0) return;
        Console.WriteLine($"{held.Count} request(s) held, not sent: this demo has no partner for their country (cooperjus requests --status held); " +
            "each is sent once a partner serving its country is added to the partner directory:");
        foreach (var request in held) Console.WriteLine($"  {request.RequestId}  case {request.CaseReference}  held: {request.Reason}");
    }

    /// <summary>The file the sender's export folder got for the answer to <paramref name="requestId"/> (named after the request id), and how it was written.</summary>
    private static async Task<string> WaitForAnswerExportAsync(DemoGateway sender, string requestId, DemoPair pair, CancellationToken cancellationToken)
    {
        var file = await Until(() => Task.FromResult(Directory.Exists(sender.ExportFolder)
                ? Directory.GetFiles(sender.ExportFolder).FirstOrDefault(f => Path.GetFileName(f).Contains(requestId + "_", StringComparison.Ordinal) && !f.EndsWith(".warnings.txt", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
                : null),
            $"{pair.ToName}'s answer to be written out for {pair.FromName}'s office", cancellationToken).ConfigureAwait(false);
        var format = sender.Host!.Services.GetRequiredService<GatewayServices>().Exporter.ResponseFormat;
        return format is null
            ? $"{file} ({pair.FromName}'s adapter has no national response format: the answer is written as canonical JSON)"
            : $"{file} ({pair.FromName}'s national response format, {format.SourceFormat})";
    }

    private static async Task<RequestStatus> WaitForStatusAsync(DemoGateway sender, string requestId, DemoPair pair, CancellationToken cancellationToken)
    {
        var summary = await Until(async () => await Store(sender).GetRequestAsync(requestId, cancellationToken).ConfigureAwait(false) is { Status: RequestStatus.InProgress } r ? r : null,
            $"{pair.ToName}'s answer to reach {pair.FromName}", cancellationToken).ConfigureAwait(false);
        return summary.Status;
    }

    private static async Task PrintRequestsAsync(DemoGateway sender, string name, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{name}'s requests (cooperjus requests):");
        foreach (var summary in await Store(sender).ListRequestsAsync(new RequestQuery(), cancellationToken).ConfigureAwait(false))
        {
            var r = summary.Request;
            Console.WriteLine($"  {r.RequestId}  to {(r.PartnerId.Length == 0 ? "-" : r.PartnerId),-2}  {CanonicalCodes.ToCode(r.Status),-12} deadline {r.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}  case {r.CaseReference}{(summary.IsOverdue ? "  OVERDUE" : "")}");
        }
    }

    /// <summary>Signs a checkpoint now and verifies the whole chain, as `cooperjus audit verify` does.</summary>
    private static async Task PrintAuditAsync(DemoGateway gateway, string requestId, CancellationToken cancellationToken)
    {
        var services = gateway.Host!.Services.GetRequiredService<GatewayServices>();
        await services.Checkpoints.WriteAsync(services.Store.Audit, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        var result = await services.AuditVerifier.VerifyAsync(cancellationToken).ConfigureAwait(false);
        var events = await services.Store.Audit.GetEventsAsync(requestId, null, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{gateway.Layout.Id}'s audit log: {result.EventsChecked} events, {(result.IsIntact ? "intact" : "BROKEN: " + result.Problem)}; " +
            $"request {requestId}: {string.Join(" → ", events.Select(e => e.Kind))}");
        Console.WriteLine($"  cooperjus audit show {requestId} --config {gateway.Layout.ConfigFile}");
    }

    /// <summary>What Prometheus would scrape from the inside listener, the figures of the demo's run only (README, Metrics and traces).</summary>
    private static async Task PrintMetricsAsync(DemoGateway gateway, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(gateway.InsideUrl), GatewayEndpoints.MetricsPath.TrimStart('/'));
        using var http = new HttpClient();
        var text = await http.GetStringAsync(url, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{gateway.Layout.Id}'s metrics (GET {url}, the inside listener), in part:");
        string[] shown = ["cooperjus_requests{", "cooperjus_requests_held{", "cooperjus_outbox_messages{", "cooperjus_inbox_messages{", "cooperjus_delivery_delivered_total{"];
        foreach (var line in text.Split('\n').Where(l => shown.Any(s => l.StartsWith(s, StringComparison.Ordinal))))
            Console.WriteLine("  " + line.Replace("otel_scope_name=\"CooperJus.Gateway\",", "", StringComparison.Ordinal).Replace("{otel_scope_name=\"CooperJus.Gateway\"}", "", StringComparison.Ordinal));
    }

    private static IGatewayStore Store(DemoGateway gateway) => gateway.Host!.Services.GetRequiredService<GatewayServices>().Store;

    private static ICountryAdapter Adapter(DemoGateway gateway) => gateway.Host!.Services.GetRequiredService<GatewayServices>().Adapter;

    private static async Task<T> Until<T>(Func<Task<T?>> probe, string what, CancellationToken cancellationToken) where T : class
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await probe().ConfigureAwait(false) is { } result) return result;
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
        throw new UsageException($"The demo waited {Patience.TotalSeconds:0} s for {what}; see the logs above and the demo folder.");
    }

    private static string? FindUpwards(string relative)
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, relative))) return Path.Combine(folder.FullName, relative);
        return null;
    }
}

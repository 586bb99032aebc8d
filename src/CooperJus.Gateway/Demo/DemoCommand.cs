using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CooperJus.Gateway.Cli;
using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.Demo;

/// <summary>
/// <c>cooperjus demo</c>: two gateways, Peru and Spain, on loopback with fresh keys and SQLite files in a new folder.
/// Peru's sample export is dropped into Peru's intake; the requests for Spain are delivered, receipted and written
/// out in Spain's national format (Fortuny XML); Spain's office answers one with a Fortuny response file, Peru shows
/// the new status and its export folder gets the answer in Peru's format. Everything stays in the folder it prints,
/// for a look afterwards.
/// </summary>
internal static class DemoCommand
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static Command Create()
    {
        var samples = new Option<string?>("--samples") { Description = "Folder of Peruvian SGF exports (default: samples/PE of the repository)." };
        var adapters = CommonOptions.AdaptersFolder();
        var command = new Command("demo", "Run two gateways (Peru and Spain) on loopback and send the Peruvian samples across.") { samples, adapters };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(samples), parse.GetValue(adapters), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? samplesFolder, string? adaptersFolder, CancellationToken cancellationToken)
    {
        var samples = samplesFolder ?? FindUpwards(Path.Combine("samples", "PE")) ?? throw new UsageException("samples/PE not found: run from the repository or give --samples.");
        var adapters = AdapterDirectoryLocator.Locate(adaptersFolder);
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"cooperjus-demo-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}")).FullName;
        Console.WriteLine($"Demo folder: {root}");
        await using var peru = DemoGateway.Create(root, "pe", "PE", "PE");
        await using var spain = DemoGateway.Create(root, "es", "ES", "ES");
        try
        {
            await peru.StartAsync(spain, adapters, cancellationToken).ConfigureAwait(false);
            await spain.StartAsync(peru, adapters, cancellationToken).ConfigureAwait(false);
        }
        catch (StartupException e)
        {
            throw new UsageException(e.Message);
        }
        Console.WriteLine($"Peru's gateway: partner listener {peru.Url}, inside listener {peru.InsideUrl}.");
        Console.WriteLine($"Spain's gateway: partner listener {spain.Url}, inside listener {spain.InsideUrl}. Keys generated, stores created.");

        var dropped = Drop(samples, peru.IntakeFolder);
        Console.WriteLine($"Dropped {dropped} Peruvian export file(s) into Peru's intake.");
        var delivered = await WaitForDeliveryAsync(peru, spain, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{delivered.Count} request(s) delivered to Spain with signed receipts, and written out in Spain's national format:");
        foreach (var file in Directory.GetFiles(spain.ExportFolder, "fortuny_*.xml").Order(StringComparer.Ordinal)) Console.WriteLine($"  {file}");
        await ReportHeldAsync(peru, cancellationToken).ConfigureAwait(false);

        var (answered, fortunyFile) = await AnswerOneAsync(spain, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Spain's office answered in Fortuny: {fortunyFile} dropped into Spain's intake.");
        var status = await WaitForStatusAsync(peru, answered, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Spain answered request {answered} ({CanonicalCodes.ToCode(ResponseStatus.InProgress)}); Peru now shows it as {CanonicalCodes.ToCode(status)}.");
        Console.WriteLine($"Peru's national export got the answer: {await WaitForAnswerExportAsync(peru, answered, cancellationToken).ConfigureAwait(false)}");
        await PrintRequestsAsync(peru, cancellationToken).ConfigureAwait(false);
        await PrintAuditAsync(peru, answered, cancellationToken).ConfigureAwait(false);
        await PrintAuditAsync(spain, answered, cancellationToken).ConfigureAwait(false);
        await PrintMetricsAsync(peru, cancellationToken).ConfigureAwait(false);
        Console.WriteLine("Demo complete.");
        return ExitCodes.Success;
    }

    private static int Drop(string samples, string intake)
    {
        var files = Directory.GetFiles(samples, "solicitudes_*.csv");
        Directory.CreateDirectory(intake);
        foreach (var file in files)
        {
            var temporary = Path.Combine(intake, Path.GetFileName(file) + ".part");
            // The bytes, not File.Copy: that would give the copy the sample's own mode (0644), not the gateway's.
            File.WriteAllBytes(temporary, File.ReadAllBytes(file));
            File.Move(temporary, Path.Combine(intake, Path.GetFileName(file)));
        }
        return files.Length;
    }

    private static async Task<IReadOnlyList<OutboxEntry>> WaitForDeliveryAsync(DemoGateway peru, DemoGateway spain, CancellationToken cancellationToken)
    {
        var store = Store(peru);
        return await Until(async () =>
        {
            var all = await store.ListOutboxAsync(new OutboxQuery(Limit: 1000), cancellationToken).ConfigureAwait(false);
            var exported = Directory.Exists(spain.ExportFolder) ? Directory.GetFiles(spain.ExportFolder, "fortuny_*.xml").Length : 0;
            var done = all.Count > 0 && all.All(e => e.State is OutboxState.Delivered or OutboxState.DeadLettered) && exported >= all.Count(e => e.State == OutboxState.Delivered);
            return done ? all.Where(e => e.State == OutboxState.Delivered).ToList() : null;
        }, "the requests to reach Spain", cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReportHeldAsync(DemoGateway peru, CancellationToken cancellationToken)
    {
        var held = await Store(peru).ListHeldAsync(null, null, cancellationToken).ConfigureAwait(false);
        if (held.Count == 0) return;
        Console.WriteLine($"{held.Count} request(s) held, not sent: this demo has no partner for their country (cooperjus requests --status held); " +
            "each is sent once a partner serving its country is added to the partner directory:");
        foreach (var request in held) Console.WriteLine($"  {request.RequestId}  case {request.CaseReference}  held: {request.Reason}");
    }

    /// <summary>
    /// Spain's office answers the first request it received the way Fortuny does: a response file in its own format
    /// (<c>Respuestas</c> XML) dropped into Spain's intake, naming the request by the id its export carried.
    /// </summary>
    private static async Task<(string RequestId, string FileName)> AnswerOneAsync(DemoGateway spain, CancellationToken cancellationToken)
    {
        var received = await Store(spain).ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), cancellationToken).ConfigureAwait(false);
        var request = received.OrderBy(r => r.RequestId, StringComparer.Ordinal).First().Request;
        var now = TimeProvider.System.GetUtcNow();
        var issued = now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        XNamespace fortuny = "urn:es:fiscalia:fortuny:cooperacion:3";
        var file = new XElement(fortuny + "Respuestas", new XAttribute("version", "3.1"), new XAttribute("generada", issued),
            new XElement(fortuny + "Respuesta",
                new XAttribute("referencia", $"CRI-RESP-{now:yyyyMMddHHmmss}"), new XAttribute("solicitud", request.RequestId),
                new XAttribute("estado", "EN_TRAMITE"), new XAttribute("fecha", issued),
                new XElement(fortuny + "Autoridad", "Fiscalía General del Estado, Unidad de Cooperación Internacional"),
                new XElement(fortuny + "Mensaje", "Solicitud recibida y asignada; diligencias en curso."),
                new XElement(fortuny + "Resultado", new XAttribute("diligencia", "1"), new XAttribute("estado", "EN_TRAMITE"),
                    new XElement(fortuny + "Resumen", "Se ha requerido la información a las entidades competentes."))));
        var name = $"fortuny-respuesta_{now:yyyyMMdd-HHmmss}.xml";
        var path = Path.Combine(spain.IntakeFolder, name);
        await File.WriteAllTextAsync(path + ".part", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + file + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(path + ".part", path);
        return (request.RequestId, name);
    }

    /// <summary>The file Peru's export folder got for the answer to <paramref name="requestId"/> (named after the request id), and how it was written.</summary>
    private static async Task<string> WaitForAnswerExportAsync(DemoGateway peru, string requestId, CancellationToken cancellationToken)
    {
        var file = await Until(() => Task.FromResult(Directory.Exists(peru.ExportFolder)
                ? Directory.GetFiles(peru.ExportFolder).FirstOrDefault(f => Path.GetFileName(f).Contains(requestId + "_", StringComparison.Ordinal) && !f.EndsWith(".warnings.txt", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
                : null),
            "Spain's answer to be written out for Peru's office", cancellationToken).ConfigureAwait(false);
        var format = peru.Host!.Services.GetRequiredService<GatewayServices>().Exporter.ResponseFormat;
        return format is null
            ? $"{file} (Peru's adapter has no national response format: the answer is written as canonical JSON)"
            : $"{file} (Peru's national response format, {format.SourceFormat})";
    }

    private static async Task<RequestStatus> WaitForStatusAsync(DemoGateway peru, string requestId, CancellationToken cancellationToken)
    {
        var summary = await Until(async () => await Store(peru).GetRequestAsync(requestId, cancellationToken).ConfigureAwait(false) is { Status: RequestStatus.InProgress } r ? r : null,
            "Spain's answer to reach Peru", cancellationToken).ConfigureAwait(false);
        return summary.Status;
    }

    private static async Task PrintRequestsAsync(DemoGateway peru, CancellationToken cancellationToken)
    {
        Console.WriteLine("Peru's requests (cooperjus requests):");
        foreach (var summary in await Store(peru).ListRequestsAsync(new RequestQuery(), cancellationToken).ConfigureAwait(false))
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

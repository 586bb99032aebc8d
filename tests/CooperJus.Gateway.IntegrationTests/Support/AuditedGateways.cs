using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Web;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>
/// Peru's gateway delivering to Spain's, both real and on loopback, after Peru's Cusco sample export went through it:
/// one request to Spain translated with its lineage, sealed, and receipted by Spain (or dead-lettered, when Spain is
/// down), all in Peru's audit log. The tests read what they look for (ids, case reference, identity number, the
/// original record) from the gateway's own audit view of the request. Shared by the `cooperjus audit` tests and the
/// auditor view's tests.
/// </summary>
internal sealed class AuditedGateways : IAsyncDisposable
{
    public const string SampleFile = "solicitudes_2024_cusco.csv";

    /// <summary>A second export, dropped after the first request was receipted: other requests' events in the chain after it.</summary>
    public const string LaterFile = "solicitudes_2024_lima_cp1252.csv";

    private static readonly string[] s_cliSections = ["Store", "Messaging", "PartnerDirectory", "Audit"];

    private AuditedGateways(TestGateway peru, TestGateway spain)
    {
        Peru = peru;
        Spain = spain;
    }

    public TestGateway Peru { get; }

    public TestGateway Spain { get; }

    public string RequestId { get; private set; } = "";

    public string MessageId { get; private set; } = "";

    public string CaseReference { get; private set; } = "";

    /// <summary>An identity number of a person of the request.</summary>
    public string IdentityNumber { get; private set; } = "";

    /// <summary>The record as the national system exported it (the body of the request's <c>record.parsed</c>).</summary>
    public string OriginalRecord { get; private set; } = "";

    /// <summary>Peru's configuration file for the CLI.</summary>
    public string ConfigFile => Path.Combine(Peru.Root, "cli.json");

    public IAuditLog Audit => Peru.Store.Audit;

    /// <summary>Starts both gateways and waits until the sample's request is receipted by Spain.</summary>
    /// <param name="spainIsDown">Spain never starts and Peru gives up after one attempt: the request is dead-lettered.</param>
    /// <param name="withAuditorView">Peru serves the auditor view with <see cref="TestAccounts"/>.</param>
    /// <param name="forTheCommandLine">Peru signs checkpoints only at start and stop (the tests decide when, by exporting),
    /// the <see cref="LaterFile"/> follows the sample, and Peru's configuration is written to <see cref="ConfigFile"/>.</param>
    public static async Task<AuditedGateways> StartAsync(bool spainIsDown = false, bool withAuditorView = false, bool forTheCommandLine = false)
    {
        var gateways = new AuditedGateways(TestGateway.Create("pe", "PE"), TestGateway.Create("es", "ES"));
        if (withAuditorView) foreach (var (key, value) in TestAccounts.Settings()) gateways.Peru.Set(key, value);
        if (forTheCommandLine) gateways.Peru.Set("Audit:CheckpointInterval", "1.00:00:00");
        try
        {
            if (spainIsDown)
            {
                await gateways.Peru.Set("Delivery:MaxAttempts", "1").StartAsync(gateways.Spain.AsPartner("http://127.0.0.1:1/"));
            }
            else
            {
                await gateways.Spain.StartAsync(gateways.Peru.AsPartner());
                await gateways.Peru.StartAsync(gateways.Spain.AsPartner());
            }
            gateways.Peru.Drop(SampleFile, File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "PE", SampleFile)));
            await gateways.ReadRequestAsync(spainIsDown ? AuditEventKinds.MessageDeadLettered : AuditEventKinds.ReceiptReceived);
            if (forTheCommandLine)
            {
                await gateways.DropLaterFileAsync();
                await gateways.DropRefusedRecordAsync();
                gateways.WriteConfig(gateways.ConfigFile, gateways.Peru.StorePath);
            }
            return gateways;
        }
        catch
        {
            await gateways.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Writes Peru's configuration for the CLI (store, key, partners, checkpoints) to <paramref name="file"/>, with the
    /// store at <paramref name="storePath"/> (a copy, for tests that tamper with it).
    /// </summary>
    public void WriteConfig(string file, string storePath)
    {
        var root = new JsonObject();
        foreach (var (key, value) in Peru.Settings([Spain.AsPartner()]).Where(s => s.Value is not null && s_cliSections.Any(p => s.Key.StartsWith(p + ":", StringComparison.OrdinalIgnoreCase))))
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1]) node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            node[parts[^1]] = value;
        }
        root["Store"]!["Path"] = storePath;
        File.WriteAllText(file, root.ToJsonString());
    }

    /// <summary>
    /// A copy of Peru's store (with its checkpoints) in <paramref name="folder"/> where the header of event
    /// <paramref name="sequence"/> was replaced by <paramref name="edit"/> of it, hash column recomputed; returns the
    /// CLI configuration file that opens the copy.
    /// </summary>
    public string CopyWithHeaderRewritten(TemporaryFolder folder, long sequence, Func<string, string> edit)
    {
        // The checkpoints first: a checkpoint signed after the copy would cover events the copy lacks.
        var checkpoints = Path.Combine(Peru.Root, "audit-checkpoints.jwsl");
        if (File.Exists(checkpoints)) File.Copy(checkpoints, folder.Combine("audit-checkpoints.jwsl"));
        StoreCopy.Backup(Peru.StorePath, folder.Combine("gateway.db"));
        StoreCopy.RewriteHeader(folder.Combine("gateway.db"), sequence, edit);
        WriteConfig(folder.Combine("cli.json"), folder.Combine("gateway.db"));
        return folder.Combine("cli.json");
    }

    public async ValueTask DisposeAsync()
    {
        await Peru.DisposeAsync();
        await Spain.DisposeAsync();
    }

    /// <summary>A Peru sample whose one record translates but is refused (its deadline precedes the request): never sent.</summary>
    public const string RefusedFile = "bad/solicitudes_bad_deadline-before-request.csv";

    /// <summary>The national record number of <see cref="RefusedFile"/>'s record.</summary>
    public const string RefusedRecord = "SGF-2024-000904";

    /// <summary>
    /// Drops <see cref="RefusedFile"/> into Peru's intake (once) and returns the request id its refused record was given,
    /// once its <c>record.rejected</c> event is in the audit log.
    /// </summary>
    public async Task<string> DropRefusedRecordAsync()
    {
        if (_refusedRequestId is { } known) return known;
        Peru.Drop(Path.GetFileName(RefusedFile), File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "PE", RefusedFile)));
        var rejected = await Eventually.Get(() => Task.FromResult(Audit.ReadRows(1, null, CancellationToken.None)
                .FirstOrDefault(r => r.Kind == AuditEventKinds.RecordRejected && r.RequestId is not null)),
            "the refused record's record.rejected event to be in Peru's audit log");
        return _refusedRequestId = rejected.RequestId!;
    }

    private string? _refusedRequestId;

    private async Task DropLaterFileAsync()
    {
        var head = (await Audit.GetHeadAsync(CancellationToken.None))!.Sequence;
        Peru.Drop(LaterFile, File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "PE", LaterFile)));
        await Eventually.Until(() => Audit.ReadRows(head + 1, null, CancellationToken.None).Any(r => r.Kind == AuditEventKinds.RecordParsed),
            "the later export's records to be in Peru's audit log");
    }

    private async Task ReadRequestAsync(string lastKind)
    {
        // The sample's request to Spain; its request to Chile, which no partner of Peru's serves, is held.
        var hit = await Eventually.Get(async () => (await Audit.SearchAsync(new AuditSearch(), CancellationToken.None)).FirstOrDefault(r => r.Status != Core.Storage.RequestStatus.Held),
            "the sample's request to be recorded");
        var view = await Eventually.Get(async () =>
            await Audit.GetRequestViewAsync(hit.RequestId, CancellationToken.None) is { OriginalRecord: not null, CanonicalJson: not null, LineageJson: not null } v
            && v.Timeline.Any(e => e.Kind == lastKind) ? v : null,
            $"the request's record, canonical document, lineage and a {lastKind} event to be in Peru's audit log");
        RequestId = view.RequestId;
        CaseReference = view.CaseReference!;
        MessageId = view.Timeline.First(e => e.Kind == AuditEventKinds.MessageSealed).MessageId!;
        OriginalRecord = view.OriginalRecord!;
        IdentityNumber = JsonNode.Parse(view.CanonicalJson!)!["persons"]!.AsArray()
            .Select(p => p!["identityDocuments"]?.AsArray().FirstOrDefault()?["number"]?.GetValue<string>())
            .First(n => n is not null)!;
    }
}

using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// Peru's gateway with the auditor view enabled, delivering to Spain's, after Peru's Cusco sample export went through
/// it: one request to Spain, translated with its lineage, sealed, delivered and receipted, all in the audit log. The
/// tests read what they look for (case reference, identity number) from the gateway's own audit view of the request.
/// </summary>
internal sealed class AuditedGateways : IAsyncDisposable
{
    public const string SampleFile = "solicitudes_2024_cusco.csv";

    private AuditedGateways(TestGateway peru, TestGateway spain)
    {
        Peru = peru;
        Spain = spain;
    }

    public TestGateway Peru { get; }

    public TestGateway Spain { get; }

    public string RequestId { get; private set; } = "";

    public string CaseReference { get; private set; } = "";

    public string MessageId { get; private set; } = "";

    public string IdentityNumber { get; private set; } = "";

    public IAuditLog Audit => Peru.Store.Audit;

    /// <summary>
    /// Starts both gateways and waits until the sample's request is receipted by Spain; or, when
    /// <paramref name="spainIsDown"/>, until it is dead-lettered (Spain never starts and Peru gives up after one attempt).
    /// </summary>
    public static async Task<AuditedGateways> StartAsync(bool spainIsDown = false)
    {
        var peru = TestGateway.Create("pe", "PE");
        var spain = TestGateway.Create("es", "ES");
        foreach (var (key, value) in TestAccounts.Settings()) peru.Set(key, value);
        var gateways = new AuditedGateways(peru, spain);
        try
        {
            if (spainIsDown)
            {
                await peru.Set("Delivery:MaxAttempts", "1").StartAsync(spain.AsPartner("http://127.0.0.1:1/"));
            }
            else
            {
                await spain.StartAsync(peru.AsPartner());
                await peru.StartAsync(spain.AsPartner());
            }
            peru.Drop(SampleFile, File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "PE", SampleFile)));
            await gateways.ReadRequestAsync(spainIsDown ? AuditEventKinds.MessageDeadLettered : AuditEventKinds.ReceiptReceived);
            return gateways;
        }
        catch
        {
            await gateways.DisposeAsync();
            throw;
        }
    }

    private async Task ReadRequestAsync(string lastKind)
    {
        var hit = await Eventually.Get(async () => (await Audit.SearchAsync(new AuditSearch(), CancellationToken.None)).FirstOrDefault(),
            "the sample's request to be recorded");
        var view = await Eventually.Get(async () =>
            await Audit.GetRequestViewAsync(hit.RequestId, CancellationToken.None) is { CanonicalJson: not null, LineageJson: not null } v
            && v.Timeline.Any(e => e.Kind == lastKind) ? v : null,
            $"the request's canonical document, lineage and a {lastKind} event to be in the audit log");
        MessageId = view.Timeline.First(e => e.Kind == AuditEventKinds.MessageSealed).MessageId!;
        var canonical = JsonNode.Parse(view.CanonicalJson!)!;
        RequestId = view.Request.RequestId;
        CaseReference = view.Request.Request.CaseReference;
        IdentityNumber = canonical["persons"]!.AsArray().Select(p => p!["identityDocuments"]?.AsArray().FirstOrDefault()?["number"]?.GetValue<string>())
            .First(n => n is not null)!;
    }

    public async ValueTask DisposeAsync()
    {
        await Peru.DisposeAsync();
        await Spain.DisposeAsync();
    }
}

using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Audit.Evidence;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Cli;

/// <summary>What the audit commands work with: the store, the gateway's key and the signed checkpoints, as `run` configures them.</summary>
internal sealed class AuditSession : IAsyncDisposable
{
    public AuditSession(SqliteGatewayStore store, GatewayKey key, AuditCheckpoints checkpoints, PartnerDirectoryOptions partners, string searchKeyFile)
    {
        SearchKeyFile = searchKeyFile;
        Store = store;
        Key = key;
        Checkpoints = checkpoints;
        Partners = partners;
    }

    public SqliteGatewayStore Store { get; }

    public GatewayKey Key { get; }

    public AuditCheckpoints Checkpoints { get; }

    public PartnerDirectoryOptions Partners { get; }

    /// <summary>The file of the key the person search index is keyed with (<c>Audit:SearchKeyFile</c>).</summary>
    public string SearchKeyFile { get; }

    public AuditVerifier Verifier() => new(Store.Audit, Checkpoints);

    public EvidenceBundle Evidence() => new(Store.Audit, Checkpoints, Key, EvidenceBundle.PartnerKeys(Partners), TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        Key.Dispose();
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}

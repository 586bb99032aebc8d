using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// Opens the store, the gateway's key and the checkpoint file for the audit commands, from the configuration and the
/// existing store <see cref="StoreAccess"/> reads for every operator command. Every problem is a usage error (exit 2)
/// that names the setting.
/// </summary>
internal static class AuditAccess
{
    /// <summary>The store only (for reading): what <c>audit show</c> needs.</summary>
    public static Task<SqliteGatewayStore> OpenStoreAsync(string? configFile, CancellationToken cancellationToken) =>
        StoreAccess.OpenAsync(configFile, cancellationToken);

    /// <summary>The store with the key and the checkpoints: what <c>audit verify</c> and <c>audit export</c> need.</summary>
    public static async Task<AuditSession> OpenSessionAsync(string? configFile, CancellationToken cancellationToken)
    {
        var configuration = StoreAccess.Configuration(configFile);
        var problems = new List<string>();
        var storeOptions = OptionsReader.Read<StoreOptions>(configuration, StoreOptions.SectionName, problems);
        var messaging = OptionsReader.Read<MessagingOptions>(configuration, "Messaging", problems);
        problems.AddRange(messaging.Validate().Select(p => "Messaging: " + p));
        var audit = OptionsReader.Read<AuditOptions>(configuration, AuditOptions.SectionName, problems);
        problems.AddRange(audit.Validate().Select(p => "Audit:" + p));
        // Only the partners' public keys are used (to name the key of a receipt): a directory problem is not the auditor's.
        var partners = configuration.GetSection("PartnerDirectory").Get<PartnerDirectoryOptions>() ?? new PartnerDirectoryOptions();
        GatewayKey? key = null;
        if (problems.Count == 0 && !GatewayKey.TryLoad(messaging.PrivateKeyFile, messaging.KeyId, out key, out var keyProblem))
            problems.Add("Messaging:PrivateKeyFile: " + keyProblem);
        Fail(problems);
        SqliteGatewayStore store;
        try
        {
            store = await StoreAccess.OpenExistingAsync(storeOptions, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            key!.Dispose();
            throw;
        }
        return new AuditSession(store, key!, new AuditCheckpoints(audit.CheckpointPath(store.Path), key!, messaging.GatewayId, audit.PreviousKeys), partners,
            audit.SearchKeyPath(messaging.PrivateKeyFile));
    }

    private static void Fail(List<string> problems)
    {
        if (problems.Count > 0)
            throw new UsageException("The audit commands need the configuration the gateway runs with (--config <file>, or appsettings.json here); this one has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
    }
}

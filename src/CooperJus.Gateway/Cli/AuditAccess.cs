using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// Opens the store, the gateway's key and the checkpoint file for the audit commands, from the same configuration `run`
/// uses (<c>appsettings.json</c> in the current folder, or <c>--config</c>, then <c>COOPERJUS_</c> environment variables).
/// Every problem is a usage error (exit 2) that names the setting.
/// </summary>
internal static class AuditAccess
{
    /// <summary>The store only (for reading): what <c>audit show</c> needs.</summary>
    public static async Task<SqliteGatewayStore> OpenStoreAsync(string? configFile, CancellationToken cancellationToken)
    {
        var configuration = Configuration(configFile);
        var problems = new List<string>();
        var store = OptionsReader.Read<StoreOptions>(configuration, StoreOptions.SectionName, problems);
        Fail(problems);
        return await OpenAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store with the key and the checkpoints: what <c>audit verify</c> and <c>audit export</c> need.</summary>
    public static async Task<AuditSession> OpenSessionAsync(string? configFile, CancellationToken cancellationToken)
    {
        var configuration = Configuration(configFile);
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
            store = await OpenAsync(storeOptions, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            key!.Dispose();
            throw;
        }
        return new AuditSession(store, key!, new AuditCheckpoints(audit.CheckpointPath(store.Path), key!, messaging.GatewayId, audit.PreviousKeys), partners,
            audit.SearchKeyPath(messaging.PrivateKeyFile));
    }

    private static IConfiguration Configuration(string? configFile)
    {
        var builder = new ConfigurationBuilder().SetBasePath(Environment.CurrentDirectory).AddJsonFile("appsettings.json", optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new UsageException($"configuration file '{configFile}' does not exist.");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        return builder.AddEnvironmentVariables("COOPERJUS_").Build();
    }

    private static async Task<SqliteGatewayStore> OpenAsync(StoreOptions options, CancellationToken cancellationToken)
    {
        // Opening a path that does not exist would create an empty store, and an empty log "verifies".
        if (!File.Exists(options.Path))
            throw new UsageException($"There is no gateway store at '{Path.GetFullPath(options.Path)}' (Store:Path); give the configuration the gateway runs with (--config).");
        try
        {
            return await SqliteGatewayStore.OpenAsync(options, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreOpenException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void Fail(List<string> problems)
    {
        if (problems.Count > 0)
            throw new UsageException("The audit commands need the configuration the gateway runs with (--config <file>, or appsettings.json here); this one has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
    }
}

using System.CommandLine;
using CooperJus.Gateway.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Cli;

/// <summary>Opens the gateway's store for operator commands, from the same configuration `run` uses.</summary>
internal static class StoreAccess
{
    public static async Task<SqliteGatewayStore> OpenAsync(string? configFile, CancellationToken cancellationToken)
    {
        var builder = new ConfigurationBuilder().SetBasePath(Environment.CurrentDirectory).AddJsonFile("appsettings.json", optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new UsageException($"configuration file '{configFile}' does not exist.");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        var options = builder.AddEnvironmentVariables("COOPERJUS_").Build().GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        try
        {
            return await SqliteGatewayStore.OpenAsync(options, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreOpenException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static Option<string?> ConfigOption() => new("--config") { Description = "The gateway's JSON configuration file (default: appsettings.json in the current folder)." };
}

using System.CommandLine;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// The one way operator commands (<c>requests</c>, <c>outbox</c>, <c>audit</c>, <c>store</c>) read the configuration `run`
/// uses (<see cref="GatewayConfiguration"/>: <c>appsettings.json</c> in the current folder, <c>--config</c>, then
/// <c>COOPERJUS_</c> environment variables) and
/// open the gateway's EXISTING store. Opening a path that does not exist would create an empty store and answer
/// "0 requests" (or "intact") about nothing, so a missing configuration or store is a usage error (exit 2) naming it.
/// </summary>
internal static class StoreAccess
{
    private const string DefaultConfigFile = GatewayConfiguration.LocalFile;

    /// <summary>The existing store of the configuration.</summary>
    public static Task<SqliteGatewayStore> OpenAsync(string? configFile, CancellationToken cancellationToken)
    {
        var configuration = Configuration(configFile);
        var problems = new List<string>();
        var options = OptionsReader.Read<StoreOptions>(configuration, StoreOptions.SectionName, problems);
        if (problems.Count > 0) throw new UsageException("The configuration has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        return OpenExistingAsync(options, cancellationToken);
    }

    /// <summary>
    /// The configuration operator commands read, as `run` reads it: <c>appsettings.json</c> in the current folder if
    /// there is one, then <paramref name="configFile"/>, then the environment.
    /// </summary>
    /// <exception cref="UsageException">The file given does not exist, or none was given and there is none here.</exception>
    public static IConfiguration Configuration(string? configFile)
    {
        var local = Path.Combine(Environment.CurrentDirectory, DefaultConfigFile);
        if (configFile is not null && !File.Exists(configFile)) throw new UsageException($"configuration file '{configFile}' does not exist.");
        if (configFile is null && !File.Exists(local) && Environment.GetEnvironmentVariable(GatewayConfiguration.EnvironmentPrefix + "Store__Path") is null)
        {
            throw new UsageException($"No configuration: give the one the gateway runs with (--config <file>), or run this where its {DefaultConfigFile} is " +
                $"(there is none in {Environment.CurrentDirectory}).");
        }
        var builder = new ConfigurationBuilder();
        GatewayConfiguration.AddSources(builder, configFile, watch: false);
        return builder.Build();
    }

    /// <summary>Opens the store of <paramref name="options"/>, which must exist.</summary>
    public static async Task<SqliteGatewayStore> OpenExistingAsync(StoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
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

    public static Option<string?> ConfigOption() => new("--config") { Description = "The gateway's JSON configuration file (default: appsettings.json in the current folder)." };
}

using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The one place that says where the gateway's configuration comes from, for <c>run</c>, <c>run --check-config</c> and
/// every operator command alike, lowest precedence first: <c>appsettings.json</c> in the current folder (if there is
/// one), the file given with <c>--config</c>, then environment variables prefixed <c>COOPERJUS_</c>
/// (<c>COOPERJUS_Store__Path</c> for <c>Store:Path</c>).
/// </summary>
internal static class GatewayConfiguration
{
    /// <summary>The file read from the current folder.</summary>
    public const string LocalFile = "appsettings.json";

    /// <summary>The prefix of the environment variables read.</summary>
    public const string EnvironmentPrefix = "COOPERJUS_";

    /// <summary>
    /// Adds the sources to <paramref name="builder"/>. With <paramref name="watch"/> the <c>--config</c> file is read
    /// again when it changes (<see cref="ConfigurationFile"/>, returned); the caller has checked that it exists.
    /// </summary>
    public static ConfigurationFile? AddSources(IConfigurationBuilder builder, string? configFile, bool watch)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddJsonFile(Path.Combine(Environment.CurrentDirectory, LocalFile), optional: true, reloadOnChange: false);
        ConfigurationFile? watched = null;
        if (configFile is not null)
        {
            var full = Path.GetFullPath(configFile);
            if (watch) watched = ConfigurationFile.Add(builder, full);
            else builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        return watched;
    }
}

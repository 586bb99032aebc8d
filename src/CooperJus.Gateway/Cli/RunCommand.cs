using System.CommandLine;
using CooperJus.Gateway.Hosting;

namespace CooperJus.Gateway.Cli;

/// <summary><c>cooperjus run [--config gateway.json]</c>: runs the gateway until stopped (Ctrl+C, SIGTERM, systemd).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "A JSON configuration file (default: appsettings.json in the current folder)." };
        var command = new Command("run", "Run the gateway: intake, delivery to partners, partner endpoint, export.") { config };
        command.SetAction(async (parse, cancellationToken) => await RunAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false));
        return command;
    }

    private static async Task<int> RunAsync(string? configFile, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = await GatewayHost.BuildAsync(configFile, null, cancellationToken).ConfigureAwait(false);
            await app.RunAsync().ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
    }
}

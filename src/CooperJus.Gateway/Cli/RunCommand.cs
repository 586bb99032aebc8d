using System.CommandLine;
using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.Hosting;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus run [--config gateway.json] [--check-config]</c>: runs the gateway until stopped (Ctrl+C, SIGTERM,
/// systemd), or with <c>--check-config</c> checks what a start would check and exits: 0 with "Configuration OK" and
/// what the gateway would run with, 2 with every problem at once. A start that cannot happen exits 2 with the same list.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "A JSON configuration file (default: appsettings.json in the current folder)." };
        var check = new Option<bool>("--check-config")
        {
            Description = "Check the configuration, signing key, adapter, partner keys, auditor accounts, store (read-only) and listen addresses (bound and released), then exit without serving.",
        };
        var command = new Command("run", "Run the gateway: intake, delivery to partners, partner endpoint, export.") { config, check };
        command.SetAction(async (parse, cancellationToken) => parse.GetValue(check)
            ? await CheckAsync(parse.GetValue(config)).ConfigureAwait(false)
            : await RunAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false));
        return command;
    }

    private static async Task<int> CheckAsync(string? configFile)
    {
        try
        {
            var result = GatewayHost.Check(configFile);
            if (!result.Passed)
            {
                await Console.Error.WriteLineAsync("The configuration has problems; the gateway would not start:" + Environment.NewLine
                    + string.Join(Environment.NewLine, result.Problems.Select(p => "  - " + p))).ConfigureAwait(false);
                return ExitCodes.Unusable;
            }
            await Console.Out.WriteLineAsync("Configuration OK: " + string.Join(Environment.NewLine + "  ", result.Summary)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
    }

    private static async Task<int> RunAsync(string? configFile, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = await GatewayHost.BuildAsync(configFile, null, cancellationToken).ConfigureAwait(false);
            try
            {
                await app.StartAsync().ConfigureAwait(false);
            }
            catch (IOException e)
            {
                // Kestrel could not bind after all (an address taken between the start-up check and the bind).
                throw new StartupException("The gateway cannot start:" + Environment.NewLine + "  - " + e.Message);
            }
            await app.WaitForShutdownAsync().ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
    }
}

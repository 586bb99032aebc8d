namespace CooperJus.Gateway.Cli;

/// <summary>Who the audit log names for an action taken at the command line: the operating-system account.</summary>
internal static class CliActor
{
    public static string Current => $"{Environment.UserName}@{Environment.MachineName} (cli)";
}

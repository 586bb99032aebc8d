namespace CooperJus.Gateway.Cli;

/// <summary>Exit codes of every command, so scripts of the national system can react.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was accepted.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some records or documents were rejected (see the report).</summary>
    public const int SomeRejected = 1;

    /// <summary>The input or the arguments are unusable: nothing was done.</summary>
    public const int Unusable = 2;
}

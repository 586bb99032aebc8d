namespace CooperJus.Gateway.Cli;

/// <summary>Exit codes of every command, so scripts of the national system can react.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was accepted.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some records or documents were rejected (see the report).</summary>
    public const int SomeRejected = 1;

    /// <summary>`audit verify`: the audit log is not intact (the first broken event is named). `audit export`: the chain does not verify.</summary>
    public const int AuditBroken = 1;

    /// <summary>What the command was asked to look up (a request, a message, a case reference) does not exist.</summary>
    public const int NotFound = 1;

    /// <summary>The input or the arguments are unusable: nothing was done.</summary>
    public const int Unusable = 2;
}

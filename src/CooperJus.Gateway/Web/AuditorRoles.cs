namespace CooperJus.Gateway.Web;

/// <summary>The roles an auditor-view account can have, as written in the configuration.</summary>
internal static class AuditorRoles
{
    /// <summary>Reads everything: searches, requests, lineage, timelines, the chain check.</summary>
    public const string Auditor = "auditor";

    /// <summary>Everything an auditor does, and may also retry a waiting message or replay a dead-lettered one.</summary>
    public const string Operator = "operator";

    /// <summary>Every role, for the configuration check's message.</summary>
    public static readonly IReadOnlyList<string> All = [Auditor, Operator];
}

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// Which adapters' golden files a test run rewrites, from <c>COOPERJUS_UPDATE_GOLDEN</c>: <c>PE</c> or <c>PE,BR</c>
/// for those adapters, <c>1</c> or <c>all</c> for every one; unset or empty for none.
/// </summary>
public static class GoldenUpdate
{
    /// <summary>The environment variable read.</summary>
    public const string Variable = "COOPERJUS_UPDATE_GOLDEN";

    /// <summary>Whether the current process is asked to rewrite <paramref name="adapterId"/>'s goldens.</summary>
    public static bool IsRequested(string adapterId) => IsRequested(adapterId, Environment.GetEnvironmentVariable(Variable));

    /// <summary>Whether <paramref name="setting"/> (the variable's value) asks to rewrite <paramref name="adapterId"/>'s goldens.</summary>
    public static bool IsRequested(string adapterId, string? setting)
    {
        var items = (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Any(i => i == "1" || i.Equals("all", StringComparison.OrdinalIgnoreCase) || i.Equals(adapterId, StringComparison.OrdinalIgnoreCase));
    }
}

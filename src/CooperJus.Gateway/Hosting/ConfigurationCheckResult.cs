namespace CooperJus.Gateway.Hosting;

/// <summary>The outcome of <c>run --check-config</c>: every problem a start would stop on, or what the gateway would run with.</summary>
/// <param name="Problems">Every problem, one line each; empty when the gateway can start.</param>
/// <param name="Summary">What was checked and found, one line each (gateway, key, partners, store, listeners…).</param>
internal sealed record ConfigurationCheckResult(IReadOnlyList<string> Problems, IReadOnlyList<string> Summary)
{
    /// <summary>Whether a start would get past its checks.</summary>
    public bool Passed => Problems.Count == 0;
}

namespace CooperJus.Adapters.CL;

/// <summary>What one SAF element may carry: its attributes and its child elements (name → repeatable).</summary>
internal sealed record ElementRule(IReadOnlySet<string> Attributes, IReadOnlyDictionary<string, bool> Children);

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>What stands at a location of a source file: nothing (<see cref="Found"/> false), or a value (null for an element or object without one).</summary>
internal readonly record struct SourceLookup(bool Found, string? Value)
{
    public static SourceLookup Missing { get; } = new(false, null);

    public static SourceLookup Of(string? value) => new(true, value);
}

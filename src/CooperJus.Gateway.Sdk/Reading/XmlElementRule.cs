namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>What one element of an XML export may carry: its attributes and its child elements, for <see cref="XmlSchemaCheck"/>.</summary>
public sealed class XmlElementRule
{
    /// <summary>A rule allowing <paramref name="attributes"/> (without namespace) and <paramref name="children"/> (local names, and whether each may repeat).</summary>
    /// <param name="attributes">The attributes the element may carry.</param>
    /// <param name="children">The child elements it may contain, each with whether it may be written more than once.</param>
    public XmlElementRule(IEnumerable<string> attributes, params (string Name, bool Repeatable)[] children)
    {
        Attributes = attributes.ToHashSet(StringComparer.Ordinal);
        Children = children.ToDictionary(c => c.Name, c => c.Repeatable, StringComparer.Ordinal);
    }

    /// <summary>The attributes (without namespace) the element may carry.</summary>
    public IReadOnlySet<string> Attributes { get; }

    /// <summary>The child elements it may contain, by local name: true when one may be written more than once.</summary>
    public IReadOnlyDictionary<string, bool> Children { get; }
}

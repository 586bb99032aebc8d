namespace CooperJus.Gateway.Sdk.Rendering;

/// <summary>
/// The canonical fields a national format carries, declared once by the adapter as JSON-pointer patterns. A
/// <see cref="RenderScope"/> warns <see cref="RenderRules.NotCarried"/> for every non-empty field of a request that no
/// pattern covers, so a field the adapter forgot, or one added to the model later, is reported rather than dropped.
/// </summary>
/// <remarks>
/// A pattern is a JSON pointer into the canonical document (<c>/persons/*/birthDate</c>): <c>*</c> stands for any one
/// segment (an array index), and a pattern covers the field it names and everything under it
/// (<c>/urgency/deadlines/0</c> covers the deadline's <c>kind</c>, <c>by</c> and <c>reason</c>). A literal index
/// covers that element only: <c>/persons/*/nationalities/0</c> declares that the first nationality is carried and the
/// others are not. Declare a field carried when the format has a place for it, even when some values cannot be
/// written there; the adapter warns about those values itself.
/// </remarks>
/// <example>
/// <code>
/// private static readonly CarriedPaths Carried = new(
///     "/requestId", "/issuingAuthority/caseReference", "/persons/*/fullName", "/persons/*/nationalities/0", "/facts");
/// </code>
/// </example>
public sealed class CarriedPaths
{
    private readonly Node _root = new();

    /// <summary>Declares the fields covered by <paramref name="patterns"/>.</summary>
    /// <exception cref="ArgumentException">A pattern is not a JSON pointer (it must start with <c>/</c> and have no empty segment).</exception>
    public CarriedPaths(params IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var list = new List<string>();
        foreach (var pattern in patterns)
        {
            Add(pattern);
            list.Add(pattern);
        }
        Patterns = list;
    }

    /// <summary>The patterns, as declared.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>True when a pattern covers <paramref name="canonicalPath"/> (a JSON pointer such as <c>/persons/0/birthDate</c>).</summary>
    public bool Carries(string canonicalPath)
    {
        ArgumentNullException.ThrowIfNull(canonicalPath);
        if (canonicalPath.Length == 0 || canonicalPath[0] != '/') return false;
        return Matches(_root, canonicalPath.AsSpan(1));
    }

    private static bool Matches(Node node, ReadOnlySpan<char> rest)
    {
        if (node.IsEnd) return true;
        var slash = rest.IndexOf('/');
        var segment = slash < 0 ? rest : rest[..slash];
        var after = slash < 0 ? ReadOnlySpan<char>.Empty : rest[(slash + 1)..];
        var last = slash < 0;
        if (node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(segment, out var child) && (child.IsEnd || (!last && Matches(child, after))))
            return true;
        return node.Any is { } any && (any.IsEnd || (!last && Matches(any, after)));
    }

    private void Add(string pattern)
    {
        if (string.IsNullOrEmpty(pattern) || pattern[0] != '/')
            throw new ArgumentException($"'{pattern}' is not a JSON pointer: a carried path starts with '/'.", nameof(pattern));
        var node = _root;
        foreach (var segment in pattern[1..].Split('/'))
        {
            if (segment.Length == 0) throw new ArgumentException($"'{pattern}' has an empty segment.", nameof(pattern));
            if (segment == "*") node = node.Any ??= new Node();
            else if (node.Children.TryGetValue(segment, out var child)) node = child;
            else
            {
                var added = new Node();
                node.Children[segment] = added;
                node = added;
            }
        }
        node.IsEnd = true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public Node? Any { get; set; }

        public bool IsEnd { get; set; }
    }
}

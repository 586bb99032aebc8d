using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Validation;

/// <summary>
/// Finds where a canonical field came from, for a validation problem found after the adapter: the lineage names the
/// source field, so the problem can name the file, row and column the clerk must correct.
/// </summary>
public static class LineageLookup
{
    /// <summary>
    /// The entry for <paramref name="canonicalPath"/>, or for its nearest recorded ancestor
    /// (<c>/persons/0/birthDate</c> falls back to <c>/persons/0</c>), or null.
    /// </summary>
    public static LineageEntry? FindNearest(IReadOnlyList<LineageEntry> entries, string canonicalPath)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(canonicalPath);
        for (var path = canonicalPath; ; path = path[..path.LastIndexOf('/')])
        {
            var match = entries.LastOrDefault(e => e.CanonicalPath == path);
            if (match is not null) return match;
            if (path.LastIndexOf('/') <= 0) return null;
        }
    }
}

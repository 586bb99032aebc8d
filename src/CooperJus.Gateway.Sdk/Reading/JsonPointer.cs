using System.Globalization;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>RFC 6901 JSON pointers.</summary>
internal static class JsonPointer
{
    /// <summary>Item indexes whose text is kept, so the pointers of the usual small arrays cost one concatenation.</summary>
    private static readonly string[] SmallIndexes = [.. Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The pointer of member <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    public static string Member(string parent, string name) =>
        // Layout names never hold '~' or '/': one search instead of two replacements in the usual case.
        name.AsSpan().IndexOfAny('~', '/') < 0
            ? string.Concat(parent, "/", name)
            : parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) =>
        string.Concat(parent, "/", (uint)index < (uint)SmallIndexes.Length ? SmallIndexes[index] : index.ToString(CultureInfo.InvariantCulture));
}

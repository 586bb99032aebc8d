namespace CooperJus.Gateway.Core.Versions;

/// <summary>JSON pointers (RFC 6901) to canonical fields, as the notes of a conversion name them.</summary>
internal static class JsonPointer
{
    /// <summary><paramref name="parent"/> followed by one property or index, escaped as RFC 6901 says.</summary>
    public static string Child(string parent, string name) => $"{parent}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    /// <summary><paramref name="parent"/> followed by an array index.</summary>
    public static string Child(string parent, int index) => $"{parent}/{index}";
}

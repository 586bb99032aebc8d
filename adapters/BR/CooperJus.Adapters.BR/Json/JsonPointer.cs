namespace CooperJus.Adapters.BR.Json;

/// <summary>RFC 6901 JSON pointers.</summary>
internal static class JsonPointer
{
    /// <summary>The pointer of member <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    public static string Member(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => $"{parent}/{index}";
}

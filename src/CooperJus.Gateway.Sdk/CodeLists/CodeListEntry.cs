namespace CooperJus.Gateway.Sdk.CodeLists;

/// <summary>One row of a code list: the national key and the other columns by header name.</summary>
public sealed record CodeListEntry
{
    /// <summary>The key as written in the file (first column).</summary>
    public required string Key { get; init; }

    /// <summary>The other columns, by header name (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    /// <summary>Line of the code-list file this entry comes from, for messages.</summary>
    public required int Line { get; init; }

    /// <summary>The value of <paramref name="column"/>, or null when the column is absent or empty.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>The values of one CSV row being written, by column; a column not set is written empty.</summary>
internal sealed class RowValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? this[string column]
    {
        get => _values.TryGetValue(column, out var value) ? value : null;
        set
        {
            if (value is null) _values.Remove(column);
            else _values[column] = value;
        }
    }
}

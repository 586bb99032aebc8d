using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.Sdk.Diagnostics;

/// <summary>
/// A place in a national source file: the file, then whatever locates the value in that format (a CSV row counting
/// the header as row 1; an XML element path and line; a JSON pointer), the field (column, property or attribute) and
/// the value exactly as written.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>File name as given to the adapter.</summary>
    public required string File { get; init; }

    /// <summary>CSV row number, the header being row 1.</summary>
    public long? Row { get; init; }

    /// <summary>Line number in the file (XML, JSON), 1-based.</summary>
    public long? Line { get; init; }

    /// <summary>Path inside the document: a JSON pointer (<c>/pedidos/3/envolvidos/0</c>) or an XML element path.</summary>
    public string? Path { get; init; }

    /// <summary>Column, property or attribute name.</summary>
    public string? Field { get; init; }

    /// <summary>The value exactly as written in the source.</summary>
    public string? Value { get; init; }

    /// <summary>Returns a copy pointing at <paramref name="field"/> with <paramref name="value"/>.</summary>
    public SourceLocation At(string field, string? value) => this with { Field = field, Value = value };

    /// <summary>A one-line description: <c>solicitudes_x.csv row 7, column FECHA_NACIMIENTO, value "31/02/1980"</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Row is { } row) text.Append(CultureInfo.InvariantCulture, $" row {row}");
        if (Path is { Length: > 0 } path) text.Append(CultureInfo.InvariantCulture, $" at {path}");
        if (Line is { } line) text.Append(CultureInfo.InvariantCulture, $" (line {line})");
        if (Field is { Length: > 0 } field) text.Append(CultureInfo.InvariantCulture, $", field {field}");
        if (Value is not null) text.Append(CultureInfo.InvariantCulture, $", value \"{Value}\"");
        return text.ToString();
    }
}

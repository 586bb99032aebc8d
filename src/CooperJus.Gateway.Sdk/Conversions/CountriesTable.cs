using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>
/// The parsed <c>countries.csv</c> resource and its lookup index. Codes win over names and names over demonyms when
/// two keys collide, so a code is never shadowed by a word that happens to look like it.
/// </summary>
internal sealed class CountriesTable
{
    private const string ResourceSuffix = "countries.csv";
    private static readonly string[] Languages = ["en", "es", "pt"];

    private readonly Dictionary<string, CountriesRow> _byAlpha2;
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    private CountriesTable(IReadOnlyList<CountriesRow> rows)
    {
        _byAlpha2 = rows.ToDictionary(r => r.Alpha2, StringComparer.Ordinal);
        foreach (var row in rows) Index(row, row.Alpha2, row.Alpha3, row.Numeric);
        foreach (var row in rows) Index(row, [.. row.Names.Values.SelectMany(n => n)]);
        foreach (var row in rows) Index(row, [.. row.Demonyms]);
    }

    /// <summary>The country whose code, name or demonym is <paramref name="text"/>.</summary>
    public CountriesRow? Find(string text)
    {
        var key = Key(text);
        if (key.Length is > 0 and <= 3 && key.All(char.IsAsciiDigit)) key = key.PadLeft(3, '0');
        return _byKey.TryGetValue(key, out var alpha2) ? _byAlpha2[alpha2] : null;
    }

    /// <summary>The country with alpha-2 code <paramref name="alpha2"/> (any case, surrounding spaces ignored).</summary>
    public CountriesRow? ByAlpha2(string? alpha2) =>
        alpha2 is not null && _byAlpha2.TryGetValue(alpha2.Trim().ToUpperInvariant(), out var row) ? row : null;

    /// <summary>
    /// The lookup key: <see cref="TextKeys.Normalize"/>, then letters and digits only, so <c>EE.UU.</c>, <c>EEUU</c>
    /// and <c>ee uu</c> meet, as do <c>Guinea-Bissau</c> and <c>Guinea Bissau</c>.
    /// </summary>
    public static string Key(string text) => string.Concat(TextKeys.Normalize(text).Where(char.IsLetterOrDigit));

    /// <summary>Reads the table embedded in the SDK assembly.</summary>
    public static CountriesTable Load()
    {
        var assembly = typeof(CountriesTable).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Parses <c>alpha2;alpha3;numeric;en;es;pt;demonyms</c> lines; <c>#</c> lines and blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line does not have the seven fields; the message names it.</exception>
    public static CountriesTable Parse(TextReader reader)
    {
        var rows = new List<CountriesRow>();
        var lineNumber = 0;
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            if (header)
            {
                header = false;
                continue;
            }
            rows.Add(ParseRow(line, lineNumber));
        }
        return new CountriesTable(rows);
    }

    private static CountriesRow ParseRow(string line, int lineNumber)
    {
        var fields = line.Split(';');
        if (fields.Length != 7)
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"countries.csv line {lineNumber}: {fields.Length} fields, expected 7."));
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Languages.Length; i++) names[Languages[i]] = Alternatives(fields[3 + i]);
        return new CountriesRow
        {
            Alpha2 = fields[0].Trim(),
            Alpha3 = fields[1].Trim(),
            Numeric = fields[2].Trim(),
            Names = names,
            Demonyms = Alternatives(fields[6]),
        };
    }

    private static string[] Alternatives(string field) =>
        field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private void Index(CountriesRow row, params string[] words)
    {
        foreach (var word in words) _byKey.TryAdd(Key(word), row.Alpha2);
    }
}

using System.Text;

namespace CooperJus.Adapters.__ID__.Reading;

/// <summary>One CSV record: its fields unquoted, its text as read, and the line the next record starts on.</summary>
internal sealed class CsvRecord
{
    private CsvRecord(List<string> fields, string raw, long nextLine)
    {
        Fields = fields;
        Raw = raw;
        NextLine = nextLine;
    }

    public IReadOnlyList<string> Fields { get; }

    public string Raw { get; }

    public long NextLine { get; }

    /// <summary>Reads one record starting on <paramref name="line"/>, or returns null at the end of the text.</summary>
    public static CsvRecord? Read(TextReader text, char separator, long line)
    {
        if (text.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = text.Read();
            if (c < 0) break;
            var ch = (char)c;
            if (quoted)
            {
                raw.Append(ch);
                if (ch == '"' && text.Peek() == '"') raw.Append((char)text.Read());
                else if (ch == '"')
                {
                    quoted = false;
                    continue;
                }
                if (ch == '\n') line++;
                field.Append(ch);
                continue;
            }
            if (ch == '\r' && text.Peek() == '\n') continue;
            if (ch == '\n')
            {
                line++;
                break;
            }
            raw.Append(ch);
            if (ch == '"') quoted = true;
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return new CsvRecord(fields, raw.ToString(), line);
    }
}

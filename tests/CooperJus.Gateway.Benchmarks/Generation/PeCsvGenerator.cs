using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>
/// Streams an SGF export of a given number of rows to a file: template requests picked at random (seeded), each
/// copy with a fresh request number, case number and valid document numbers. Memory stays flat whatever the size.
/// </summary>
internal static partial class PeCsvGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly int NumberColumn = PeColumns.IndexOf(PeColumns.RequestNumber);
    private static readonly int CaseColumn = PeColumns.IndexOf(PeColumns.CaseFile);
    private static readonly int DocumentTypeColumn = PeColumns.IndexOf(PeColumns.DocumentType);
    private static readonly int DocumentNumberColumn = PeColumns.IndexOf(PeColumns.DocumentNumber);

    /// <summary>
    /// Writes whole requests until at least <paramref name="rows"/> data rows are written (the last request may
    /// overshoot by a few rows), with CRLF line ends, UTF-8 without BOM.
    /// </summary>
    public static GeneratedFile Write(string path, IReadOnlyList<PeTemplateBlock> templates, long rows, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(templates.Count);
        var random = new Random(seed);
        long written = 0, requests = 0;
        using (var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16))
        {
            WriteRow(writer, PeColumns.All);
            while (written < rows)
            {
                var template = templates[random.Next(templates.Count)];
                requests++;
                foreach (var row in template.Rows)
                {
                    WriteRow(writer, Vary(row, requests, random));
                    written++;
                }
            }
        }
        return new GeneratedFile(path, written, requests, new FileInfo(path).Length);
    }

    private static string[] Vary(string[] template, long sequence, Random random)
    {
        var row = (string[])template.Clone();
        row[NumberColumn] = WithSequence(template[NumberColumn].Trim(), sequence);
        var caseFile = CaseFile().Match(template[CaseColumn].Trim());
        if (caseFile.Success) row[CaseColumn] = $"{caseFile.Groups["head"].Value}{sequence.ToString(CultureInfo.InvariantCulture)}{caseFile.Groups["tail"].Value}";
        row[DocumentNumberColumn] = DocumentNumber(template[DocumentTypeColumn], template[DocumentNumberColumn], random);
        return row;
    }

    /// <summary>The template's number with its trailing digits replaced by <paramref name="sequence"/>: unique, and ascending as SGF sorts.</summary>
    private static string WithSequence(string number, long sequence)
    {
        var digits = number.Length - number.AsSpan().TrimEnd("0123456789").Length;
        var width = Math.Max(digits, 7);
        return number[..(number.Length - digits)] + sequence.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
    }

    /// <summary>A new valid number of the same document type and in the same shape as the template's.</summary>
    private static string DocumentNumber(string type, string template, Random random)
    {
        var number = template.Trim();
        if (number.Length == 0) return template;
        switch (type.Trim().ToUpperInvariant())
        {
            case "DNI":
                var dni = IdentityDigits.PeruDni(random);
                if (number.Length <= 8) return dni.Body;
                var check = char.IsAsciiDigit(number[^1]) ? dni.Digit : dni.Letter;
                return dni.Body + number[8..^1] + check;
            case "RUC":
                return IdentityDigits.PeruRuc(random, number.Length == 11 ? number[..2] : "20");
            default:
                return IdentityDigits.ShuffleDigits(random, number);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(';');
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    [GeneratedRegex(@"^(?<head>\d+-\d{4}-)\d+(?<tail>-\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseFile();
}

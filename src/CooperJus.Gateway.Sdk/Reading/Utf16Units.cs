using System.Text;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// The pedido's text, decoded once for its original text: when the bytes are valid UTF-8 every string without
/// escapes is a copy of its characters, with nothing left to check.
/// </summary>
internal readonly struct Utf16Units : IJsonUnits<char>
{
    public static int Code(char unit) => unit;

    public static int IndexOfQuoteOrBackslash(ReadOnlySpan<char> text) => text.IndexOfAny('"', '\\');

    public static string String(ReadOnlySpan<char> quoted, bool escaped) =>
        escaped ? JsonStrings.ThroughReader(Encoding.UTF8.GetBytes(quoted.ToArray())) : quoted[1..^1].ToString();

    public static string Name(JsonNameTable names, ReadOnlySpan<char> quoted, bool escaped) =>
        escaped ? String(quoted, escaped) : names.Get(quoted[1..^1]);

    public static string Number(ReadOnlySpan<char> literal) => literal.ToString();
}

using System.Text;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>The pedido's UTF-8 bytes, walked when they are not valid UTF-8 (so each string says whether it is).</summary>
internal readonly struct Utf8Units : IJsonUnits<byte>
{
    public static int Code(byte unit) => unit;

    public static int IndexOfQuoteOrBackslash(ReadOnlySpan<byte> text) => text.IndexOfAny((byte)'"', (byte)'\\');

    public static string String(ReadOnlySpan<byte> quoted, bool escaped) => JsonStrings.Decode(quoted, escaped);

    public static string Name(JsonNameTable names, ReadOnlySpan<byte> quoted, bool escaped) => names.Get(quoted, escaped);

    public static string Number(ReadOnlySpan<byte> literal) => Encoding.UTF8.GetString(literal);
}

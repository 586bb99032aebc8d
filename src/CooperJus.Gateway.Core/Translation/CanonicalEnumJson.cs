using System.Runtime.CompilerServices;
using System.Text.Json;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// The JSON of each value of a model enum (<c>"very-urgent"</c>), asked once of the serializer with the canonical
/// options, so <see cref="CanonicalDocumentWriter"/> writes the converter's own bytes without calling it.
/// </summary>
/// <remarks>
/// Indexed by the value: the model's enums are <see cref="int"/>s numbered from zero. A value without an entry (not
/// declared) goes through the serializer, which throws as it would on the whole document.
/// </remarks>
internal static class CanonicalEnumJson<TEnum> where TEnum : struct, Enum
{
    private static readonly byte[]?[] ByValue = Table();

    /// <summary>Appends <paramref name="value"/>'s JSON string to <paramref name="json"/>.</summary>
    public static void Write(Utf8JsonBuffer json, TEnum value)
    {
        var index = Unsafe.BitCast<TEnum, int>(value);
        if ((uint)index < (uint)ByValue.Length && ByValue[index] is { } code) json.Raw(code);
        else json.Raw(JsonSerializer.SerializeToUtf8Bytes(value, CanonicalJson.CompactOptions));
    }

    private static byte[]?[] Table()
    {
        var values = Enum.GetValues<TEnum>();
        var table = new byte[]?[values.Length];
        foreach (var value in values)
        {
            var index = Unsafe.BitCast<TEnum, int>(value);
            if ((uint)index < (uint)table.Length) table[index] = JsonSerializer.SerializeToUtf8Bytes(value, CanonicalJson.CompactOptions);
        }
        return table;
    }
}

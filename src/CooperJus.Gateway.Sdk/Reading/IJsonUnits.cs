namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// What <see cref="JsonSourceTree"/> needs from the code units it walks: the pedido's UTF-8 bytes, or its text once
/// decoded (UTF-16), which turns strings into plain copies.
/// </summary>
internal interface IJsonUnits<TUnit> where TUnit : unmanaged
{
    /// <summary>The unit as a character code (every structural character of JSON is ASCII).</summary>
    static abstract int Code(TUnit unit);

    /// <summary>The index of the first quote or backslash in <paramref name="text"/>, or -1.</summary>
    static abstract int IndexOfQuoteOrBackslash(ReadOnlySpan<TUnit> text);

    /// <summary>The value of the string token <paramref name="quoted"/> (quotes included).</summary>
    /// <exception cref="InvalidOperationException">The string is not valid UTF-8 (or, escaped, not valid UTF-16).</exception>
    static abstract string String(ReadOnlySpan<TUnit> quoted, bool escaped);

    /// <summary>A property name, through the file's <paramref name="names"/>.</summary>
    /// <exception cref="InvalidOperationException">As <see cref="String"/>.</exception>
    static abstract string Name(JsonNameTable names, ReadOnlySpan<TUnit> quoted, bool escaped);

    /// <summary>A number literal (ASCII) as written.</summary>
    static abstract string Number(ReadOnlySpan<TUnit> literal);
}

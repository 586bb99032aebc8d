using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>The export as text: a reader positioned after any byte-order mark, and what detection found.</summary>
/// <param name="Reader">The text, decoded.</param>
/// <param name="EncodingName">The encoding chosen, for messages (<c>utf-8</c>, <c>windows-1252</c>).</param>
/// <param name="IsUtf8">
/// True when the text is decoded as UTF-8: invalid bytes then appear as U+FFFD and the row holding them is rejected.
/// </param>
/// <param name="FirstLine">The first physical line of the text (the header), to choose the separator.</param>
/// <param name="IsEmpty">True when the file has no bytes besides a byte-order mark.</param>
/// <param name="Problem">Why the file cannot be decoded (its encoding is not available); the other members are then empty.</param>
internal sealed record DecodedSource(TextReader Reader, string EncodingName, bool IsUtf8, string FirstLine, bool IsEmpty, Problem? Problem);

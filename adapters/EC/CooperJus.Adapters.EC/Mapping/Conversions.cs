using System.Globalization;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>The names of the conversions recorded in lineage that the SDK does not name itself (docs/lineage.md).</summary>
internal static class Conversions
{
    /// <summary>A value the adapter fills in itself (<see cref="NationalDefaults"/>).</summary>
    public const string AdapterDefault = "adapter-default";

    /// <summary>An RFC 3339 (ISO 8601) instant with its offset, kept with its offset.</summary>
    public const string Instant = "iso-instant";

    /// <summary>A full name joined from <c>nombres</c>, <c>primerApellido</c> and <c>segundoApellido</c>.</summary>
    public const string JoinNames = "join-names";

    /// <summary>An address text joined from the parts of a <c>direccion</c>.</summary>
    public const string JoinAddress = "join-address";

    /// <summary>A value implied by which field held the data (a document's national name and country implied by its <c>tipo</c>).</summary>
    public const string ImpliedByField = "implied-by-field";

    /// <summary>The stable response id computed from the national response number.</summary>
    public const string ResponseId = "response-id";

    /// <summary>A result's measure index from the diligencia number, which counts from 1.</summary>
    public const string OneBasedNumber = "one-based-number";

    // Seconds, or fractions of them: what RFC 3339 allows, and what the renderer writes back.
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Reads an RFC 3339 instant; an instant without an offset is refused, because its moment is unknown.</summary>
    public static bool TryParseInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant)
        && (text.TrimEnd().EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal));

    /// <summary>Writes an instant as <see cref="TryParseInstant"/> reads it, offset kept, with no trailing zero.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString(instant.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}

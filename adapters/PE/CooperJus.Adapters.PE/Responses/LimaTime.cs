using System.Globalization;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// <c>FECHA_RESPUESTA</c>: a day-first date and time in Peru's legal time, UTC−05:00 all year (Peru keeps no daylight
/// saving), as SGF shows times to its users: <c>02/04/2024 09:15:00</c>, seconds optional.
/// </summary>
internal static class LimaTime
{
    /// <summary>Conversion name recorded in lineage.</summary>
    public const string Conversion = "day-first-datetime-peru";

    /// <summary>Peru's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-5);

    private static readonly string[] Formats = ["dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm"];

    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        instant = new DateTimeOffset(local, Offset);
        return true;
    }

    /// <summary>The instant in Peru's time, to the second.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>True when <see cref="Format"/> then <see cref="TryParse"/> gives back the same instant with the same offset.</summary>
    public static bool IsExact(DateTimeOffset instant) =>
        instant.Offset == Offset && instant.Ticks % TimeSpan.TicksPerSecond == 0;
}

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>How many municipalities each of Guatemala's 22 departments has: the last four digits of a CUI name one.</summary>
/// <remarks>
/// The counts are RENAP's table as published with its CUI validator (17, 8, 16, 16, 13, 14, 19, 8, 24, 21, 9, 30,
/// 32, 21, 8, 17, 14, 5, 11, 11, 7, 17: 338 municipalities), plus the two created in 2015 (Sipacate in Escuintla,
/// Petatán in Huehuetenango), because a table that is one short rejects real people born there.
/// Unconfirmed against a RENAP primary source: keep the table in one place so it is easy to correct.
/// </remarks>
internal static class GuatemalaMunicipalities
{
    private static ReadOnlySpan<int> Counts =>
    [
        17, // 01 Guatemala
        8,  // 02 El Progreso
        16, // 03 Sacatepéquez
        16, // 04 Chimaltenango
        14, // 05 Escuintla (13 + Sipacate, 2015)
        14, // 06 Santa Rosa
        19, // 07 Sololá
        8,  // 08 Totonicapán
        24, // 09 Quetzaltenango
        21, // 10 Suchitepéquez
        9,  // 11 Retalhuleu
        30, // 12 San Marcos
        33, // 13 Huehuetenango (32 + Petatán, 2015)
        21, // 14 Quiché
        8,  // 15 Baja Verapaz
        17, // 16 Alta Verapaz
        14, // 17 Petén
        5,  // 18 Izabal
        11, // 19 Zacapa
        11, // 20 Chiquimula
        7,  // 21 Jalapa
        17, // 22 Jutiapa
    ];

    /// <summary>Number of departments (codes 01 to this).</summary>
    public static int Departments => Counts.Length;

    /// <summary>Municipalities of <paramref name="department"/> (1-based code).</summary>
    public static int In(int department) => Counts[department - 1];
}

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>How many municipalities each of Honduras's 18 departments has (298 in all): the first four digits of a DNI name one.</summary>
/// <remarks>Counts from the INE's list of departments and municipalities; unconfirmed against an RNP source.</remarks>
internal static class HondurasMunicipalities
{
    private static ReadOnlySpan<int> Counts =>
    [
        8,  // 01 Atlántida
        10, // 02 Colón
        21, // 03 Comayagua
        23, // 04 Copán
        12, // 05 Cortés
        16, // 06 Choluteca
        19, // 07 El Paraíso
        28, // 08 Francisco Morazán
        6,  // 09 Gracias a Dios
        17, // 10 Intibucá
        4,  // 11 Islas de la Bahía
        19, // 12 La Paz
        28, // 13 Lempira
        16, // 14 Ocotepeque
        23, // 15 Olancho
        28, // 16 Santa Bárbara
        9,  // 17 Valle
        11, // 18 Yoro
    ];

    /// <summary>Number of departments (codes 01 to this).</summary>
    public static int Departments => Counts.Length;

    /// <summary>Municipalities of <paramref name="department"/> (1-based code).</summary>
    public static int In(int department) => Counts[department - 1];
}

using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>Uruguay's nineteen departments, as a domicilio names them (case and accents ignored).</summary>
internal static class Departamentos
{
    public static readonly IReadOnlyList<string> All =
    [
        "Artigas", "Canelones", "Cerro Largo", "Colonia", "Durazno", "Flores", "Florida", "Lavalleja", "Maldonado", "Montevideo",
        "Paysandú", "Río Negro", "Rivera", "Rocha", "Salto", "San José", "Soriano", "Tacuarembó", "Treinta y Tres",
    ];

    private static readonly HashSet<string> Keys = [.. All.Select(TextKeys.Normalize)];

    public static bool IsKnown(string name) => Keys.Contains(TextKeys.Normalize(name));
}

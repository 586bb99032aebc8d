namespace CooperJus.Adapters.CL.Tests.Support;

/// <summary>Small SAF documents for tests: a minimal valid Solicitud that each test changes in one place.</summary>
internal static class SafXml
{
    public const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    public const string RootStart = """<ExportacionSAF xmlns="urn:cl:fiscalia:saf:cooperacion:1" version="1.0">""";

    /// <summary>A Solicitud with only what the format requires. Lines 3 to 9 of <see cref="Document"/>.</summary>
    public const string Minimal = """
          <Solicitud folio="T-1" ingreso="2026-10-05T10:42:00-03:00">
            <RUC>2600412378-5</RUC>
            <PaisRequerido>Perú</PaisRequerido>
            <Hechos>Hechos de prueba.</Hechos>
            <Diligencia tipo="ALZAMIENTO_SECRETO_BANCARIO">Cuentas del imputado.</Diligencia>
          </Solicitud>
        """;

    /// <summary>A whole export holding <paramref name="solicitudes"/> (the minimal one when none given).</summary>
    public static string Document(params string[] solicitudes) =>
        string.Join("\n", [Declaration, RootStart, .. solicitudes.Length == 0 ? [Minimal] : solicitudes, "</ExportacionSAF>", ""]);

    /// <summary>The minimal Solicitud with <paramref name="elements"/> added before its end.</summary>
    public static string With(string elements) => Minimal.Replace("  </Solicitud>", "    " + elements + "\n  </Solicitud>", StringComparison.Ordinal);

    /// <summary>The minimal Solicitud with one piece of text replaced.</summary>
    public static string Replacing(string oldText, string newText)
    {
        if (!Minimal.Contains(oldText, StringComparison.Ordinal)) throw new ArgumentException($"The minimal Solicitud has no '{oldText}'.", nameof(oldText));
        return Minimal.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The minimal Solicitud numbered <paramref name="folio"/>.</summary>
    public static string Numbered(string folio) => Minimal.Replace("T-1", folio, StringComparison.Ordinal);
}

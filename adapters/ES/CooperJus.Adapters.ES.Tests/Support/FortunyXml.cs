namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>Small Fortuny documents for tests: a minimal valid Solicitud that each test changes in one place.</summary>
internal static class FortunyXml
{
    public const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    public const string RootStart = """<Exportacion xmlns="urn:es:fiscalia:fortuny:cooperacion:3" version="3.1" generada="2024-05-14T10:15:00+02:00">""";

    /// <summary>A Solicitud with only what the format requires. Lines 3 to 10 of <see cref="Document"/>.</summary>
    public const string Minimal = """
          <Solicitud referencia="T-1">
            <Procedimiento clase="DP" numero="1/2024"/>
            <Fiscalia>Fiscalía Provincial de Valencia</Fiscalia>
            <EstadoRequerido iso="PE"/>
            <Delito codigo="CP-301">Blanqueo de capitales</Delito>
            <Hechos>Hechos de prueba.</Hechos>
            <Diligencia tipo="INFORMACION_BANCARIA">Cuentas del investigado.</Diligencia>
          </Solicitud>
        """;

    /// <summary>A whole export holding <paramref name="solicitudes"/> (the minimal one when none given).</summary>
    public static string Document(params string[] solicitudes) =>
        string.Join("\n", [Declaration, RootStart, .. solicitudes.Length == 0 ? [Minimal] : solicitudes, "</Exportacion>", ""]);

    /// <summary>The minimal Solicitud with <paramref name="elements"/> added before its end.</summary>
    public static string With(string elements) => Minimal.Replace("  </Solicitud>", "    " + elements + "\n  </Solicitud>", StringComparison.Ordinal);

    /// <summary>The minimal Solicitud with one piece of text replaced.</summary>
    public static string Replacing(string oldText, string newText)
    {
        if (!Minimal.Contains(oldText, StringComparison.Ordinal)) throw new ArgumentException($"The minimal Solicitud has no '{oldText}'.", nameof(oldText));
        return Minimal.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The minimal Solicitud with a second one numbered <paramref name="reference"/>.</summary>
    public static string Numbered(string reference) => Minimal.Replace("T-1", reference, StringComparison.Ordinal);
}

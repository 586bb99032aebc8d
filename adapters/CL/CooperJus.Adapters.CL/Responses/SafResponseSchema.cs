using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>
/// The SAF response file (<c>RespuestasSAF</c>), in the namespace of the cooperation export version 1: for each element,
/// the attributes it may carry and its child elements (README.md, "Responses", has the same table for people).
/// </summary>
/// <remarks>A table of its own: <c>Fiscal</c> exists in both files, and a response's may carry a <c>cargo</c>.</remarks>
internal static class SafResponseSchema
{
    /// <summary>The root element of a response file.</summary>
    public const string Root = "RespuestasSAF";

    /// <summary>One response.</summary>
    public const string Record = "Respuesta";

    /// <summary>The rules of each element, by local name.</summary>
    public static IReadOnlyDictionary<string, XmlElementRule> Elements { get; } = new Dictionary<string, XmlElementRule>(StringComparer.Ordinal)
    {
        [Root] = SafSchema.Rule(["version"], (Record, true)),
        [Record] = SafSchema.Rule(["folio", "idRespuesta", "idSolicitud", "estado", "fecha", "idioma"],
            ("Autoridad", false), ("Fiscal", false), ("Causa", false), ("Mensaje", false), ("Resultado", true), ("Limitacion", true), ("Anexo", true)),
        ["Autoridad"] = SafSchema.Rule(["pais", "unidad"]),
        ["Fiscal"] = SafSchema.Rule(["cargo", "correo", "telefono"]),
        ["Causa"] = SafSchema.Rule([]),
        ["Mensaje"] = SafSchema.Rule([]),
        ["Resultado"] = SafSchema.Rule(["diligencia", "estado"],
            ("Resumen", false), ("MotivoDenegacion", true), ("PostergadaHasta", false), ("Condicion", true),
            ("AntecedenteRequerido", true), ("DerivadaA", false), ("DiligenciaSustitutiva", false), ("Costos", false)),
        ["Resumen"] = SafSchema.Rule([]),
        ["MotivoDenegacion"] = SafSchema.Rule(["codigo"]),
        ["PostergadaHasta"] = SafSchema.Rule([]),
        ["Condicion"] = SafSchema.Rule([]),
        ["AntecedenteRequerido"] = SafSchema.Rule(["plazo"]),
        ["DerivadaA"] = SafSchema.Rule(["pais", "unidad"]),
        ["DiligenciaSustitutiva"] = SafSchema.Rule(["tipo"]),
        ["Costos"] = SafSchema.Rule(["monto", "extraordinarios"]),
        ["Limitacion"] = SafSchema.Rule(["tipo"]),
        ["Anexo"] = SafSchema.Rule(["nombre", "tipo", "sha256", "bytes"]),
    };
}

using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// The Fortuny response file (<c>Respuestas</c>), in the namespace of the cooperation export version 3: for each
/// element, the attributes it may carry and its child elements (README.md, "Responses", has the same table for people).
/// </summary>
/// <remarks>
/// A table of its own rather than rows in <see cref="FortunySchema"/>: <c>Fiscal</c> and <c>Anexo</c> exist in both
/// files, and a response's <c>Fiscal</c> may carry a <c>cargo</c> that a request's may not.
/// </remarks>
internal static class FortunyResponseSchema
{
    /// <summary>The root element of a response file.</summary>
    public const string Root = "Respuestas";

    /// <summary>One response.</summary>
    public const string Record = "Respuesta";

    /// <summary>The rules of each element, by local name.</summary>
    public static IReadOnlyDictionary<string, XmlElementRule> Elements { get; } = new Dictionary<string, XmlElementRule>(StringComparer.Ordinal)
    {
        [Root] = Rule(["version", "generada"], (Record, true)),
        [Record] = Rule(["referencia", "id", "solicitud", "estado", "fecha", "idioma"],
            ("Autoridad", false), ("Fiscal", false), ("Expediente", false), ("Mensaje", false), ("Resultado", true),
            ("Limitacion", true), ("Anexo", true)),
        ["Autoridad"] = Rule(["pais", "unidad"]),
        ["Fiscal"] = Rule(["cargo", "email", "telefono"]),
        ["Expediente"] = Rule([]),
        ["Mensaje"] = Rule([]),
        ["Resultado"] = Rule(["diligencia", "estado"],
            ("Resumen", false), ("Motivo", true), ("AplazadaHasta", false), ("Condicion", true), ("InformacionRequerida", true),
            ("RemitidaA", false), ("DiligenciaSustitutiva", false), ("Costes", false), ("AnexoResultado", true)),
        ["Resumen"] = Rule([]),
        ["Motivo"] = Rule(["codigo"]),
        ["AplazadaHasta"] = Rule([]),
        ["Condicion"] = Rule([]),
        ["InformacionRequerida"] = Rule(["plazo"]),
        ["RemitidaA"] = Rule(["pais", "unidad"]),
        ["DiligenciaSustitutiva"] = Rule(["tipo"]),
        ["Costes"] = Rule(["importe", "extraordinarios"]),
        ["AnexoResultado"] = Rule(["nombre"]),
        ["Limitacion"] = Rule(["tipo"]),
        ["Anexo"] = Rule(["nombre", "tipo", "sha256", "bytes"]),
    };

    private static XmlElementRule Rule(string[] attributes, params (string Name, bool Repeatable)[] children) =>
        new(attributes, children);
}

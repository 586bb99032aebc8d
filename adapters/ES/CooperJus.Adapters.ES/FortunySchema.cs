using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES;

/// <summary>
/// The Fortuny cooperation export, version 3, as this adapter reads and writes it: for each element, the attributes it
/// may carry and the child elements it may contain (README.md has the same table for people).
/// </summary>
/// <remarks>
/// Element names are unique across the format, so one table keyed by local name describes it. What is not here is
/// reported as <c>xml.unknown-element</c> (a warning); a non-repeatable child written twice is <c>xml.duplicate-element</c>.
/// </remarks>
internal static class FortunySchema
{
    /// <summary>The namespace of every Fortuny element.</summary>
    public static readonly XNamespace Namespace = "urn:es:fiscalia:fortuny:cooperacion:3";

    /// <summary>The version written in <c>Exportacion/@version</c> when rendering.</summary>
    public const string Version = "3.0";

    /// <summary>
    /// The <c>Solicitud</c> attribute a gateway writes (README, "Written by the gateway"): the canonical id of a request
    /// from another country, so the office can name it in its answer. Read back as the request id.
    /// </summary>
    public const string GatewayIdAttribute = "idPasarela";

    /// <summary>The rules of each element, by local name.</summary>
    public static IReadOnlyDictionary<string, XmlElementRule> Elements { get; } = new Dictionary<string, XmlElementRule>(StringComparer.Ordinal)
    {
        ["Exportacion"] = Rule(["version", "generada"], ("Solicitud", true)),
        ["Solicitud"] = Rule(["referencia", GatewayIdAttribute],
            ("Procedimiento", false), ("Fiscalia", false), ("Fiscal", false), ("FechaFirma", false), ("EstadoRequerido", false),
            ("Instrumento", true), ("Canal", false), ("Urgencia", false), ("MotivoUrgencia", true), ("FechaLimite", false),
            ("Reservada", false), ("ProteccionDatos", false), ("AsistenciaAutoridades", false), ("Formalidades", false),
            ("Delito", true), ("DobleIncriminacion", false), ("Hechos", false), ("Interviniente", true), ("Diligencia", true),
            ("BienCultural", true), ("Anexo", true)),
        ["Procedimiento"] = Rule(["clase", "numero", "organo"]),
        ["Fiscalia"] = Rule([]),
        ["Fiscal"] = Rule(["email", "telefono"]),
        ["FechaFirma"] = Rule([]),
        ["EstadoRequerido"] = Rule(["iso"]),
        ["Instrumento"] = Rule([]),
        ["Canal"] = Rule([]),
        ["Urgencia"] = Rule(["grado"]),
        ["MotivoUrgencia"] = Rule([]),
        ["FechaLimite"] = Rule(["motivo"]),
        ["Reservada"] = Rule([]),
        ["ProteccionDatos"] = Rule([], ("BaseTransferencia", false), ("CondicionTransferencia", true)),
        ["BaseTransferencia"] = Rule([]),
        ["CondicionTransferencia"] = Rule([]),
        ["AsistenciaAutoridades"] = Rule([], ("Funcionario", true)),
        ["Funcionario"] = Rule(["cargo"]),
        ["Formalidades"] = Rule([]),
        ["Delito"] = Rule(["codigo", "penaMaxima", "mesesPrision"]),
        ["DobleIncriminacion"] = Rule([]),
        ["Hechos"] = Rule([]),
        ["Interviniente"] = Rule(["condicion", "tipo", "id"],
            ("Nombre", false), ("Apellido1", false), ("Apellido2", false), ("RazonSocial", false), ("Documento", true),
            ("Sexo", false), ("FechaNacimiento", false), ("LugarNacimiento", false), ("Nacionalidad", true), ("Idioma", true),
            ("Interprete", false), ("Menor", false), ("SituacionPersonal", false), ("Domicilio", true)),
        ["Nombre"] = Rule([]),
        ["Apellido1"] = Rule([]),
        ["Apellido2"] = Rule([]),
        ["RazonSocial"] = Rule([]),
        ["Documento"] = Rule(["tipo"]),
        ["Sexo"] = Rule([]),
        ["FechaNacimiento"] = Rule([]),
        ["LugarNacimiento"] = Rule(["pais"]),
        ["Idioma"] = Rule([]),
        ["Interprete"] = Rule([]),
        ["Menor"] = Rule([]),
        ["SituacionPersonal"] = Rule([]),
        ["Nacionalidad"] = Rule([]),
        ["Domicilio"] = Rule([]),
        ["Diligencia"] = Rule(["tipo", "modalidad"], ("Finalidad", false), ("Afectado", true), ("Resolucion", false)),
        ["Finalidad"] = Rule([]),
        ["Afectado"] = Rule(["interviniente", "bien", "calidad"]),
        ["Resolucion"] = Rule(["clase", "organo", "numero", "fecha", "anexo"]),
        ["BienCultural"] = Rule(["id"],
            ("TipoObjeto", false), ("Materiales", false), ("Medidas", false), ("Inscripciones", false), ("SenasParticulares", false),
            ("Titulo", false), ("Tema", false), ("Periodo", false), ("Autor", false), ("Descripcion", false),
            ("NumeroInventario", false), ("Procedencia", false), ("Valor", false)),
        ["TipoObjeto"] = Rule([]),
        ["Materiales"] = Rule([]),
        ["Medidas"] = Rule([]),
        ["Inscripciones"] = Rule([]),
        ["SenasParticulares"] = Rule([]),
        ["Titulo"] = Rule([]),
        ["Tema"] = Rule([]),
        ["Periodo"] = Rule([]),
        ["Autor"] = Rule([]),
        ["Descripcion"] = Rule([]),
        ["NumeroInventario"] = Rule([]),
        ["Procedencia"] = Rule([]),
        ["Valor"] = Rule([]),
        ["Anexo"] = Rule(["nombre", "tipo", "sha256", "bytes"]),
    };

    private static XmlElementRule Rule(string[] attributes, params (string Name, bool Repeatable)[] children) =>
        new(attributes, children);
}

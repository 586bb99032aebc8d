using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL;

/// <summary>
/// The SAF cooperation export, version 1, as this adapter reads and writes it: for each element, the attributes it may
/// carry and the child elements it may contain (README.md has the same table for people).
/// </summary>
/// <remarks>
/// Element names are unique across the format (a <c>Domicilio</c> means the same in an <c>Interviniente</c> and in an
/// <c>Empresa</c>), so one table keyed by local name describes it. What is not here is reported as
/// <c>xml.unknown-element</c> (a warning); a non-repeatable child written twice is <c>xml.duplicate-element</c>.
/// </remarks>
internal static class SafSchema
{
    /// <summary>The namespace of every SAF cooperation element, requests and responses.</summary>
    public static readonly XNamespace Namespace = "urn:cl:fiscalia:saf:cooperacion:1";

    /// <summary>The version written in the root's <c>@version</c> when rendering.</summary>
    public const string Version = "1.0";

    /// <summary>The root of a request export.</summary>
    public const string Root = "ExportacionSAF";

    /// <summary>One request.</summary>
    public const string Record = "Solicitud";

    /// <summary>
    /// The <c>Solicitud</c> attribute a gateway writes: the canonical id of a request from another country, so the
    /// office can name it in its answer (<c>Respuesta/@idPasarela</c>). Read back as the request id.
    /// </summary>
    public const string GatewayIdAttribute = "idPasarela";

    /// <summary>The rules of each element, by local name.</summary>
    public static IReadOnlyDictionary<string, XmlElementRule> Elements { get; } = new Dictionary<string, XmlElementRule>(StringComparer.Ordinal)
    {
        [Root] = Rule(["version"], (Record, true)),
        [Record] = Rule(["folio", GatewayIdAttribute, "ingreso"],
            ("PaisRequirente", false), ("RUC", false), ("CausaOrigen", false), ("Tribunal", false), ("Fiscalia", false), ("Fiscal", false), ("FechaOficio", false),
            ("PaisRequerido", false), ("AutoridadRequerida", false), ("Instrumento", true), ("Urgencia", false), ("Plazo", false), ("Reservada", false),
            ("Hechos", false), ("LugarHechos", false), ("PeriodoHechos", false), ("Delito", true), ("Interviniente", true),
            ("Empresa", true), ("CuentaBancaria", true), ("BienCultural", true), ("Diligencia", true), ("Anexo", true)),
        ["PaisRequirente"] = Rule([]),
        ["RUC"] = Rule([]),
        ["CausaOrigen"] = Rule([]),
        ["Tribunal"] = Rule(["rit", "etapa"]),
        ["Fiscalia"] = Rule([]),
        ["Fiscal"] = Rule(["correo", "telefono"]),
        ["FechaOficio"] = Rule([]),
        ["PaisRequerido"] = Rule([]),
        ["AutoridadRequerida"] = Rule([]),
        ["Instrumento"] = Rule(["partes", "articulos"]),
        ["Urgencia"] = Rule(["nivel"]),
        ["Plazo"] = Rule(["motivo"]),
        ["Reservada"] = Rule([]),
        ["Hechos"] = Rule([]),
        ["LugarHechos"] = Rule([]),
        ["PeriodoHechos"] = Rule(["desde", "hasta"]),
        ["Delito"] = Rule(["codigo", "iccs", "norma", "pena", "mesesPresidio"]),
        ["Interviniente"] = Rule(["id", "calidad"],
            ("Nombres", false), ("ApellidoPaterno", false), ("ApellidoMaterno", false), ("RUN", false), ("Pasaporte", true),
            ("Documento", true), ("Sexo", false), ("FechaNacimiento", false), ("LugarNacimiento", false), ("Nacionalidad", true),
            ("Idioma", true), ("Interprete", false), ("Menor", false), ("SituacionProcesal", false), ("Domicilio", true)),
        ["Nombres"] = Rule([]),
        ["ApellidoPaterno"] = Rule([]),
        ["ApellidoMaterno"] = Rule([]),
        ["RUN"] = Rule([]),
        ["Pasaporte"] = Rule(["pais"]),
        ["Documento"] = Rule(["clase", "tipo", "pais"]),
        ["LugarNacimiento"] = Rule(["pais"]),
        ["Idioma"] = Rule([]),
        ["Interprete"] = Rule([]),
        ["Menor"] = Rule([]),
        ["SituacionProcesal"] = Rule([]),
        ["Sexo"] = Rule([]),
        ["FechaNacimiento"] = Rule([]),
        ["Nacionalidad"] = Rule([]),
        ["Domicilio"] = Rule(["pais"], ("Calle", false), ("Numero", false), ("Comuna", false), ("Region", false)),
        ["Calle"] = Rule([]),
        ["Numero"] = Rule([]),
        ["Comuna"] = Rule([]),
        ["Region"] = Rule([]),
        ["Empresa"] = Rule(["id", "calidad"], ("RazonSocial", false), ("RUT", false), ("Documento", true), ("Pais", false), ("Domicilio", false)),
        ["RazonSocial"] = Rule([]),
        ["RUT"] = Rule([]),
        ["Pais"] = Rule([]),
        ["CuentaBancaria"] = Rule(["id", "titular"], ("Banco", false), ("NumeroCuenta", false), ("Pais", false), ("Saldo", false)),
        ["Banco"] = Rule([]),
        ["NumeroCuenta"] = Rule([]),
        ["Saldo"] = Rule([]),
        ["BienCultural"] = Rule(["id", "titular"],
            ("Tipo", false), ("Materiales", false), ("Medidas", false), ("Descripcion", false), ("Epoca", false),
            ("Procedencia", false), ("NumeroInventario", false), ("Proteccion", false), ("Avaluo", false)),
        ["Tipo"] = Rule([]),
        ["Materiales"] = Rule([]),
        ["Medidas"] = Rule([]),
        ["Descripcion"] = Rule([]),
        ["Epoca"] = Rule([]),
        ["Procedencia"] = Rule([]),
        ["NumeroInventario"] = Rule([]),
        ["Proteccion"] = Rule([]),
        ["Avaluo"] = Rule([]),
        ["Diligencia"] = Rule(["tipo", "afectados", "modalidad", "juramento"],
            ("Finalidad", false), ("Pregunta", true), ("Formalidades", false), ("Autorizacion", false)),
        ["Pregunta"] = Rule([]),
        ["Formalidades"] = Rule([]),
        ["Autorizacion"] = Rule(["emisor", "organo", "fecha"]),
        ["Finalidad"] = Rule([]),
        ["Anexo"] = Rule(["nombre", "tipo", "sha256", "bytes"]),
    };

    /// <summary>One element's rule: its attributes and its children (name, repeatable).</summary>
    public static XmlElementRule Rule(string[] attributes, params (string Name, bool Repeatable)[] children) =>
        new(attributes, children);
}

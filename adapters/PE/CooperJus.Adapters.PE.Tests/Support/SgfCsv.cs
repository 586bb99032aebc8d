using System.Text;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>Builds SGF CSV text for tests: a valid request, parties to add to it, and rows written with proper quoting.</summary>
internal static class SgfCsv
{
    public static readonly string[] Columns =
    [
        "NRO_SOLICITUD", "CARPETA_FISCAL", "DEPENDENCIA", "FISCAL", "CORREO", "TELEFONO", "PAIS_REQUERIDO", "AUTORIDAD_REQUERIDA", "BASE_LEGAL",
        "URGENCIA", "FECHA_LIMITE", "RESERVADO", "DELITOS", "HECHOS", "FECHA_HECHOS", "DILIGENCIAS", "DETALLE_DILIGENCIAS",
        "TIPO_FILA", "CONDICION", "TIPO_DOC", "NRO_DOC", "APELLIDO_PATERNO", "APELLIDO_MATERNO", "NOMBRES", "RAZON_SOCIAL",
        "FECHA_NACIMIENTO", "NACIONALIDAD", "DOMICILIO",
        "BIEN_TIPO", "BIEN_DESCRIPCION", "BIEN_MATERIAL", "BIEN_DIMENSIONES", "BIEN_PERIODO", "BIEN_CULTURA", "BIEN_INSCRIPCIONES", "BIEN_SENAS",
        "BIEN_CODIGO_REGISTRO", "BIEN_VALOR",
        "FECHA_SOLICITUD", "CAUSAL_URGENCIA", "MOTIVO_URGENCIA", "PENAS_MAXIMAS", "FINALIDAD", "ORDEN_TIPO", "ORDEN_EMISOR", "ORDEN_NUMERO", "ORDEN_FECHA",
        "DILIGENCIAS_VINCULADAS", "SEXO", "LUGAR_NACIMIENTO", "IDIOMA", "INTERPRETE", "MENOR_EDAD", "SITUACION_JURIDICA",
        "BIEN_INCIDENTE", "BIEN_FECHA_INCIDENTE", "BIEN_LUGAR_INCIDENTE", "BIEN_TIPO_SITIO", "BIEN_CONDICION_LEGAL",
    ];

    /// <summary>The columns of the export before model v2 (an office's export without the optional columns).</summary>
    public static readonly string[] V1Columns = Columns[..38];

    /// <summary>The request-level columns of a small valid request.</summary>
    public static Dictionary<string, string> Request(string number = "SGF-2024-000001") => new(StringComparer.OrdinalIgnoreCase)
    {
        ["NRO_SOLICITUD"] = number,
        ["CARPETA_FISCAL"] = "2506015500-2024-45-0",
        ["DEPENDENCIA"] = "Fiscalía Provincial Penal Corporativa de Cusco",
        ["FISCAL"] = "Rosa Elvira Huamán Quispe",
        ["CORREO"] = "rhuamanq@mpfn.gob.pe",
        ["TELEFONO"] = "+51 84 582030",
        ["PAIS_REQUERIDO"] = "ESPAÑA",
        ["AUTORIDAD_REQUERIDA"] = "Ministerio de Justicia",
        ["BASE_LEGAL"] = "CONVENCION_PALERMO|TRATADO_BILATERAL_PE_ES",
        ["URGENCIA"] = "URGENTE",
        ["FECHA_LIMITE"] = "30/04/2025",
        ["RESERVADO"] = "SI",
        ["DELITOS"] = "CP-228:Extracción ilegal de bienes culturales|CP-317:Organización criminal",
        ["HECHOS"] = "Huacos retrato mochicas sustraídos y ofrecidos en una subasta en Madrid.",
        ["FECHA_HECHOS"] = "01/03/2024-30/09/2024",
        ["DILIGENCIAS"] = "INFORMACION_BANCARIA|MOVIMIENTO_MIGRATORIO",
        ["DETALLE_DILIGENCIAS"] = "Cuentas de los investigados; sus movimientos migratorios.",
    };

    public static Dictionary<string, string> Person() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["TIPO_FILA"] = "PERSONA",
        ["CONDICION"] = "INVESTIGADO",
        ["TIPO_DOC"] = "DNI",
        ["NRO_DOC"] = "10117410",
        ["APELLIDO_PATERNO"] = "Quispe",
        ["APELLIDO_MATERNO"] = "Mamani",
        ["NOMBRES"] = "Juan Carlos",
        ["FECHA_NACIMIENTO"] = "14/07/1979",
        ["NACIONALIDAD"] = "PERUANA",
        ["DOMICILIO"] = "Jr. Túpac Amaru 245, Cusco",
        ["DILIGENCIAS_VINCULADAS"] = "INFORMACION_BANCARIA|MOVIMIENTO_MIGRATORIO",
    };

    public static Dictionary<string, string> Company() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["TIPO_FILA"] = "EMPRESA",
        ["CONDICION"] = "INVESTIGADO",
        ["TIPO_DOC"] = "RUC",
        ["NRO_DOC"] = "20512333797",
        ["RAZON_SOCIAL"] = "Inversiones Arte Andino S.A.C.",
        ["NACIONALIDAD"] = "PERU",
        ["DOMICILIO"] = "Av. El Sol 820, Cusco",
        ["DILIGENCIAS_VINCULADAS"] = "INFORMACION_BANCARIA",
    };

    public static Dictionary<string, string> CulturalObject() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["TIPO_FILA"] = "BIEN_CULTURAL",
        ["BIEN_TIPO"] = "Huaco retrato",
        ["BIEN_DESCRIPCION"] = "Rostro de dignatario con tocado",
        ["BIEN_MATERIAL"] = "cerámica, engobe; pintura roja",
        ["BIEN_DIMENSIONES"] = "24 x 18 cm",
        ["BIEN_PERIODO"] = "100-700 d.C.",
        ["BIEN_CULTURA"] = "Moche",
        ["BIEN_INSCRIPCIONES"] = "HCV-2019-0457 en la base",
        ["BIEN_SENAS"] = "Asa estribo restaurada",
        ["BIEN_CODIGO_REGISTRO"] = "0000184532",
        ["BIEN_VALOR"] = "S/ 12.500,50",
    };

    /// <summary>
    /// A row: the request's columns plus the party's, then <paramref name="changes"/> (column, value). The party's
    /// default DILIGENCIAS_VINCULADAS keeps only the codes the row's DILIGENCIAS still asks for, so a test that changes
    /// the measures does not also link the party to measures the request no longer has.
    /// </summary>
    public static Dictionary<string, string> Row(Dictionary<string, string> request, Dictionary<string, string>? party = null, params (string Column, string Value)[] changes)
    {
        var row = new Dictionary<string, string>(request, StringComparer.OrdinalIgnoreCase);
        foreach (var (column, value) in party ?? []) row[column] = value;
        foreach (var (column, value) in changes) row[column] = value;
        if (party is not null && party.TryGetValue("DILIGENCIAS_VINCULADAS", out var links) && !changes.Any(c => c.Column == "DILIGENCIAS_VINCULADAS"))
        {
            var measures = (row.TryGetValue("DILIGENCIAS", out var codes) ? codes : "").Split('|');
            row["DILIGENCIAS_VINCULADAS"] = string.Join('|', links.Split('|').Where(measures.Contains));
        }
        return row;
    }

    /// <summary>The CSV text: header then rows, fields quoted when they need it.</summary>
    public static string Build(IEnumerable<IReadOnlyDictionary<string, string>> rows, IReadOnlyList<string>? columns = null, string separator = ";", string newLine = "\r\n")
    {
        columns ??= Columns;
        var text = new StringBuilder();
        text.Append(string.Join(separator, columns.Select(c => Quote(c, separator)))).Append(newLine);
        foreach (var row in rows)
            text.Append(string.Join(separator, columns.Select(c => Quote(row.TryGetValue(c, out var v) ? v : "", separator)))).Append(newLine);
        return text.ToString();
    }

    public static string Build(params Dictionary<string, string>[] rows) => Build(rows.Cast<IReadOnlyDictionary<string, string>>());

    private static string Quote(string value, string separator) =>
        value.Contains(separator, StringComparison.Ordinal) || value.IndexOfAny(['"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}

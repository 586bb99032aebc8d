namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>The columns of the SGF export as adapters/PE/README.md lists them; a generated file has all of them.</summary>
internal static class PeColumns
{
    public const string RequestNumber = "NRO_SOLICITUD";
    public const string CaseFile = "CARPETA_FISCAL";
    public const string RowType = "TIPO_FILA";
    public const string DocumentType = "TIPO_DOC";
    public const string DocumentNumber = "NRO_DOC";

    /// <summary>Every column, in the order of the specification.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RequestNumber, CaseFile, "DEPENDENCIA", "FISCAL", "CORREO", "TELEFONO", "PAIS_REQUERIDO", "AUTORIDAD_REQUERIDA",
        "BASE_LEGAL", "URGENCIA", "FECHA_LIMITE", "RESERVADO", "DELITOS", "HECHOS", "FECHA_HECHOS", "DILIGENCIAS",
        "DETALLE_DILIGENCIAS", RowType, "CONDICION", DocumentType, DocumentNumber, "APELLIDO_PATERNO",
        "APELLIDO_MATERNO", "NOMBRES", "RAZON_SOCIAL", "FECHA_NACIMIENTO", "NACIONALIDAD", "DOMICILIO", "BIEN_TIPO",
        "BIEN_DESCRIPCION", "BIEN_MATERIAL", "BIEN_DIMENSIONES", "BIEN_PERIODO", "BIEN_CULTURA", "BIEN_INSCRIPCIONES",
        "BIEN_SENAS", "BIEN_CODIGO_REGISTRO", "BIEN_VALOR",
    ];

    /// <summary>The position of <paramref name="column"/> in <see cref="All"/>.</summary>
    public static int IndexOf(string column)
    {
        for (var i = 0; i < All.Count; i++)
            if (string.Equals(All[i], column, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"'{column}' is not an SGF column.", nameof(column));
    }
}

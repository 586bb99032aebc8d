namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// The columns of the SGF response export (<c>respuestas_*.csv</c>), by the key a header name is matched with (upper
/// snake case, accents and case ignored). See the "Responses" section of <c>adapters/PE/README.md</c>.
/// </summary>
internal static class SgfResponseColumns
{
    public const string ResponseNumber = "NRO_RESPUESTA";
    public const string RequestId = "ID_SOLICITUD";
    public const string Status = "ESTADO";
    public const string IssuedAt = "FECHA_RESPUESTA";
    public const string Office = "DEPENDENCIA";
    public const string Unit = "DESPACHO";
    public const string Prosecutor = "FISCAL";
    public const string ProsecutorRole = "CARGO";
    public const string Email = "CORREO";
    public const string Phone = "TELEFONO";
    public const string CaseFile = "CARPETA_FISCAL";
    public const string Message = "MENSAJE";
    public const string UseLimitations = "LIMITACIONES_USO";
    public const string RowType = "TIPO_FILA";

    public const string MeasureNumber = "NRO_DILIGENCIA";
    public const string ResultStatus = "ESTADO_DILIGENCIA";
    public const string ResultDetail = "DETALLE_RESULTADO";
    public const string RefusalGrounds = "CAUSALES_DENEGACION";
    public const string PostponedUntil = "APLAZADA_HASTA";
    public const string Conditions = "CONDICIONES";
    public const string InformationNeeded = "INFORMACION_REQUERIDA";
    public const string ForwardedTo = "DERIVADA_A";
    public const string ForwardedCountry = "PAIS_DERIVADA";
    public const string SubstituteMeasure = "DILIGENCIA_SUSTITUTA";
    public const string Cost = "COSTO";
    public const string CostExtraordinary = "COSTO_EXTRAORDINARIO";
    public const string CostConcept = "COSTO_CONCEPTO";
    public const string ResultFiles = "ADJUNTOS_RESULTADO";

    public const string FileName = "ARCHIVO";
    public const string MediaType = "TIPO_ARCHIVO";
    public const string Sha256 = "HASH_SHA256";
    public const string Size = "TAMANO_BYTES";
    public const string DocumentType = "TIPO_DOCUMENTO";
    public const string DocumentLanguage = "IDIOMA_DOCUMENTO";
    public const string TranslationOf = "TRADUCCION_DE";
    public const string ObtainedOn = "FECHA_OBTENCION";
    public const string ObtainedBy = "OBTENIDO_POR";
    public const string CopyKind = "TIPO_COPIA";
    public const string SealNumber = "NRO_PRECINTO";
    public const string ReturnBy = "DEVOLVER_HASTA";

    /// <summary>Columns that hold the response itself and repeat, identical, on every row of it.</summary>
    public static readonly string[] ResponseLevel =
        [ResponseNumber, RequestId, Status, IssuedAt, Office, Unit, Prosecutor, ProsecutorRole, Email, Phone, CaseFile, Message, UseLimitations];

    /// <summary>Columns of a <c>RESULTADO</c> row.</summary>
    public static readonly string[] ResultLevel =
        [MeasureNumber, ResultStatus, ResultDetail, RefusalGrounds, PostponedUntil, Conditions, InformationNeeded, ForwardedTo, ForwardedCountry, SubstituteMeasure, Cost, CostExtraordinary, CostConcept, ResultFiles];

    /// <summary>Columns of an <c>ADJUNTO</c> row.</summary>
    public static readonly string[] AttachmentLevel =
        [FileName, MediaType, Sha256, Size, DocumentType, DocumentLanguage, TranslationOf, ObtainedOn, ObtainedBy, CopyKind, SealNumber, ReturnBy];

    /// <summary>Every column, in the order the renderer writes them.</summary>
    public static readonly string[] All = [.. ResponseLevel, RowType, .. ResultLevel, .. AttachmentLevel];

    /// <summary>Columns the header must have.</summary>
    public static readonly string[] Required = [ResponseNumber, RequestId, Status, IssuedAt, Office, RowType];

    /// <summary>The <c>TIPO_FILA</c> of a result row.</summary>
    public const string ResultRow = "RESULTADO";

    /// <summary>The <c>TIPO_FILA</c> of an attachment row.</summary>
    public const string AttachmentRow = "ADJUNTO";
}

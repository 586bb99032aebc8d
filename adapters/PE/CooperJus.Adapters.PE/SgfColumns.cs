namespace CooperJus.Adapters.PE;

/// <summary>The columns of the SGF export, as <c>adapters/PE/README.md</c> documents them.</summary>
internal static class SgfColumns
{
    public const string RequestNumber = "NRO_SOLICITUD";
    public const string CaseFile = "CARPETA_FISCAL";
    public const string Office = "DEPENDENCIA";
    public const string Prosecutor = "FISCAL";
    public const string Email = "CORREO";
    public const string Phone = "TELEFONO";
    public const string RequestedCountry = "PAIS_REQUERIDO";
    public const string RequestedAuthority = "AUTORIDAD_REQUERIDA";
    public const string LegalBasis = "BASE_LEGAL";
    public const string Urgency = "URGENCIA";
    public const string Deadline = "FECHA_LIMITE";
    public const string Reserved = "RESERVADO";
    public const string Offences = "DELITOS";
    public const string Facts = "HECHOS";
    public const string FactsPeriod = "FECHA_HECHOS";
    public const string Measures = "DILIGENCIAS";
    public const string MeasuresDetail = "DETALLE_DILIGENCIAS";
    public const string RowType = "TIPO_FILA";
    public const string Condition = "CONDICION";
    public const string DocumentType = "TIPO_DOC";
    public const string DocumentNumber = "NRO_DOC";
    public const string FirstFamilyName = "APELLIDO_PATERNO";
    public const string SecondFamilyName = "APELLIDO_MATERNO";
    public const string GivenNames = "NOMBRES";
    public const string CompanyName = "RAZON_SOCIAL";
    public const string BirthDate = "FECHA_NACIMIENTO";
    public const string Nationality = "NACIONALIDAD";
    public const string Address = "DOMICILIO";
    public const string ObjectType = "BIEN_TIPO";
    public const string ObjectDescription = "BIEN_DESCRIPCION";
    public const string ObjectMaterials = "BIEN_MATERIAL";
    public const string ObjectMeasurements = "BIEN_DIMENSIONES";
    public const string ObjectPeriod = "BIEN_PERIODO";
    public const string ObjectCulture = "BIEN_CULTURA";
    public const string ObjectInscriptions = "BIEN_INSCRIPCIONES";
    public const string ObjectFeatures = "BIEN_SENAS";
    public const string ObjectRegisterCode = "BIEN_CODIGO_REGISTRO";
    public const string ObjectValue = "BIEN_VALOR";

    /// <summary>Every column, in the order the adapter writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RequestNumber, CaseFile, Office, Prosecutor, Email, Phone, RequestedCountry, RequestedAuthority, LegalBasis,
        Urgency, Deadline, Reserved, Offences, Facts, FactsPeriod, Measures, MeasuresDetail,
        RowType, Condition, DocumentType, DocumentNumber, FirstFamilyName, SecondFamilyName, GivenNames, CompanyName,
        BirthDate, Nationality, Address,
        ObjectType, ObjectDescription, ObjectMaterials, ObjectMeasurements, ObjectPeriod, ObjectCulture,
        ObjectInscriptions, ObjectFeatures, ObjectRegisterCode, ObjectValue,
    ];

    /// <summary>Columns describing the request: they repeat, identical, on every row of the request.</summary>
    public static IReadOnlyList<string> RequestLevel { get; } = All.Take(17).ToArray();

    /// <summary>
    /// Columns without which no request of the file can be read: the request number groups the rows, and the others
    /// carry what the canonical model and Peru's CPP art. 530 require (authority, country, offence, facts, assistance).
    /// </summary>
    public static IReadOnlyList<string> Required { get; } =
        [RequestNumber, CaseFile, Office, RequestedCountry, Offences, Facts, Measures, RowType];

    /// <summary>Columns that only describe a person.</summary>
    public static IReadOnlyList<string> PersonOnly { get; } = [FirstFamilyName, SecondFamilyName, GivenNames, BirthDate];

    /// <summary>Columns that only describe a cultural object.</summary>
    public static IReadOnlyList<string> ObjectOnly { get; } =
    [
        ObjectType, ObjectDescription, ObjectMaterials, ObjectMeasurements, ObjectPeriod, ObjectCulture,
        ObjectInscriptions, ObjectFeatures, ObjectRegisterCode, ObjectValue,
    ];

    /// <summary>Columns that describe a person or an organisation, not an object.</summary>
    public static IReadOnlyList<string> PartyOnly { get; } = [Condition, DocumentType, DocumentNumber, Nationality, Address];
}

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

    // Optional columns added with canonical model v2 (README, "Columns added in v2"): the fiscal's signature date,
    // urgency grounds, purpose, national order, maximum penalties, person particulars, measure links and the
    // cultural-object incident and legal status.
    public const string IssuedOn = "FECHA_SOLICITUD";
    public const string UrgencyGrounds = "CAUSAL_URGENCIA";
    public const string UrgencyReason = "MOTIVO_URGENCIA";
    public const string MaximumPenalties = "PENAS_MAXIMAS";
    public const string Purpose = "FINALIDAD";
    public const string OrderType = "ORDEN_TIPO";
    public const string OrderIssuer = "ORDEN_EMISOR";
    public const string OrderNumber = "ORDEN_NUMERO";
    public const string OrderDate = "ORDEN_FECHA";
    public const string MeasureLinks = "DILIGENCIAS_VINCULADAS";
    public const string Sex = "SEXO";
    public const string BirthPlace = "LUGAR_NACIMIENTO";
    public const string Languages = "IDIOMA";
    public const string Interpreter = "INTERPRETE";
    public const string Minor = "MENOR_EDAD";
    public const string Custody = "SITUACION_JURIDICA";
    public const string ObjectIncident = "BIEN_INCIDENTE";
    public const string ObjectIncidentDate = "BIEN_FECHA_INCIDENTE";
    public const string ObjectIncidentPlace = "BIEN_LUGAR_INCIDENTE";
    public const string ObjectSiteType = "BIEN_TIPO_SITIO";
    public const string ObjectProtection = "BIEN_CONDICION_LEGAL";

    // Written by the gateway (README, "Written by the gateway"): the canonical request id of a request from another
    // country, so the office can name it in its answer; read back as the request id.
    public const string GatewayRequestId = "ID_PASARELA";

    /// <summary>Every column, in the order the adapter writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RequestNumber, CaseFile, Office, Prosecutor, Email, Phone, RequestedCountry, RequestedAuthority, LegalBasis,
        Urgency, Deadline, Reserved, Offences, Facts, FactsPeriod, Measures, MeasuresDetail,
        RowType, Condition, DocumentType, DocumentNumber, FirstFamilyName, SecondFamilyName, GivenNames, CompanyName,
        BirthDate, Nationality, Address,
        ObjectType, ObjectDescription, ObjectMaterials, ObjectMeasurements, ObjectPeriod, ObjectCulture,
        ObjectInscriptions, ObjectFeatures, ObjectRegisterCode, ObjectValue,
        IssuedOn, UrgencyGrounds, UrgencyReason, MaximumPenalties, Purpose, OrderType, OrderIssuer, OrderNumber, OrderDate,
        MeasureLinks, Sex, BirthPlace, Languages, Interpreter, Minor, Custody,
        ObjectIncident, ObjectIncidentDate, ObjectIncidentPlace, ObjectSiteType, ObjectProtection,
        GatewayRequestId,
    ];

    /// <summary>Columns describing the request: they repeat, identical, on every row of the request.</summary>
    public static IReadOnlyList<string> RequestLevel { get; } =
    [
        .. All.Take(17), IssuedOn, UrgencyGrounds, UrgencyReason, MaximumPenalties, Purpose, OrderType, OrderIssuer, OrderNumber, OrderDate,
        GatewayRequestId,
    ];

    /// <summary>
    /// Columns without which no request of the file can be read: the request number groups the rows, and the others
    /// carry what the canonical model and Peru's CPP art. 530 require (authority, country, offence, facts, assistance).
    /// </summary>
    public static IReadOnlyList<string> Required { get; } =
        [RequestNumber, CaseFile, Office, RequestedCountry, Offences, Facts, Measures, RowType];

    /// <summary>Columns that only describe a person.</summary>
    public static IReadOnlyList<string> PersonOnly { get; } =
        [FirstFamilyName, SecondFamilyName, GivenNames, BirthDate, Sex, BirthPlace, Languages, Interpreter, Minor, Custody];

    /// <summary>Columns that only describe a cultural object.</summary>
    public static IReadOnlyList<string> ObjectOnly { get; } =
    [
        ObjectType, ObjectDescription, ObjectMaterials, ObjectMeasurements, ObjectPeriod, ObjectCulture,
        ObjectInscriptions, ObjectFeatures, ObjectRegisterCode, ObjectValue,
        ObjectIncident, ObjectIncidentDate, ObjectIncidentPlace, ObjectSiteType, ObjectProtection,
    ];

    /// <summary>Columns that describe a person or an organisation, not an object.</summary>
    public static IReadOnlyList<string> PartyOnly { get; } = [Condition, DocumentType, DocumentNumber, Nationality, Address];
}

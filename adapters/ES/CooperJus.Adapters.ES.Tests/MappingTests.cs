using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>
/// Each Fortuny element and attribute lands in its canonical field, as read from the good sample
/// (samples/ES/fortuny_2024_audiencia.xml). Expected values are canonical JSON.
/// </summary>
public sealed class MappingTests
{
    private static readonly Lazy<Dictionary<string, RecordResult>> Sample = new(() =>
        Spain.ReadFile(Paths.Sample("fortuny_2024_audiencia.xml")).ToDictionary(r => r.RecordId!));

    // Solicitud, Exportacion and the adapter's defaults
    [TestCase("FEA-2024-000117", "/requestId", "\"" + "20986f6a-db4b-8b37-ad54-7e7acd516b3a" + "\"")]
    [TestCase("FEA-2024-000117", "/issuingAuthority/requestReference", "\"FEA-2024-000117\"")]
    [TestCase("FEA-2024-000117", "/createdAt", "\"2024-05-14T10:15:00+02:00\"")]
    [TestCase("FEA-2024-000117", "/kind", "\"mutual-legal-assistance\"")]
    [TestCase("FEA-2024-000117", "/language", "\"es\"")]
    [TestCase("FEA-2024-000117", "/issuingAuthority/nationalSystem", "\"FORTUNY\"")]
    [TestCase("FEA-2024-000117", "/issuingAuthority/country", "\"ES\"")]
    // Procedimiento
    [TestCase("FEA-2024-000117", "/issuingAuthority/caseReference", "\"DP 123/2024\"")]
    [TestCase("FEA-2024-000131", "/issuingAuthority/caseReference", "\"SUMARIO 7/2024\"")]
    [TestCase("FEA-2024-000117", "/proceedings/nationalType", "\"DP\"")]
    [TestCase("FEA-2024-000117", "/proceedings/type", "\"criminal-investigation\"")]
    [TestCase("FEA-2024-000117", "/proceedings/court", "\"Juzgado Central de Instrucción nº 3 de la Audiencia Nacional\"")]
    // Fiscalia, Fiscal
    [TestCase("FAC-2024-000042", "/issuingAuthority/name", "\"Fiscalía contra la Corrupción y la Criminalidad Organizada\"")]
    [TestCase("FAC-2024-000042", "/issuingAuthority/officer/name", "\"Ignacio Peñalver Sanchis\"")]
    [TestCase("FAC-2024-000042", "/issuingAuthority/contact/email", "\"anticorrupcion.cooperacion@fiscal.es\"")]
    [TestCase("FAC-2024-000042", "/issuingAuthority/contact/phone", "\"+34 915 553 100\"")]
    [TestCase("FEA-2024-000135", "/issuingAuthority/contact/email", null)]
    // EstadoRequerido: @iso with name, name only, alpha-3 only
    [TestCase("FEA-2024-000117", "/requestedAuthority/country", "\"PE\"")]
    [TestCase("FEA-2024-000131", "/requestedAuthority/country", "\"BR\"")]
    [TestCase("FEA-2024-000135", "/requestedAuthority/country", "\"PE\"")]
    // Instrumento
    [TestCase("FEA-2024-000117", "/legalBasis/0/instrument", "\"vienna-1988\"")]
    [TestCase("FEA-2024-000117", "/legalBasis/1/instrument", "\"untoc-2000\"")]
    [TestCase("FEA-2024-000117", "/legalBasis/2/instrument", "\"bilateral-treaty\"")]
    [TestCase("FEA-2024-000117", "/legalBasis/2/parties", "[\"ES\",\"PE\"]")]
    [TestCase("FAC-2024-000042", "/legalBasis/0/instrument", "\"uncac-2003\"")]
    [TestCase("FEA-2024-000135", "/legalBasis/1", null)]
    [TestCase("FEA-2024-000135", "/channel", "{\"kind\":\"iber-at\",\"instrument\":\"medellin-2019\"}")]
    // Urgencia, FechaLimite, Reservada
    [TestCase("FEA-2024-000117", "/urgency/level", "\"very-urgent\"")]
    [TestCase("FAC-2024-000042", "/urgency/level", "\"urgent\"")]
    [TestCase("FEA-2024-000131", "/urgency/level", "\"normal\"")]
    [TestCase("FEA-2024-000135", "/urgency/level", "\"normal\"")]
    [TestCase("FEA-2024-000135", "/urgency/reason", "\"La pieza está depositada en el Museo de América a disposición del juzgado.\"")]
    [TestCase("FEA-2024-000117", "/urgency/deadlines/0/by", "\"2024-05-31\"")]
    [TestCase("FEA-2024-000117", "/confidentiality/confidential", "true")]
    [TestCase("FEA-2024-000131", "/confidentiality/confidential", "false")]
    [TestCase("FEA-2024-000135", "/confidentiality/confidential", "false")]
    // Delito
    [TestCase("FEA-2024-000117", "/offences/0/nationalCode", "\"CP-368\"")]
    [TestCase("FEA-2024-000117", "/offences/0/nationalWording", "\"Tráfico de drogas que causan grave daño a la salud\"")]
    [TestCase("FEA-2024-000117", "/offences/0/iccsCode", "\"06012\"")]
    [TestCase("FEA-2024-000117", "/offences/2/iccsCode", "\"09051\"")]
    [TestCase("FAC-2024-000042", "/offences/0/iccsCode", "\"07031\"")]
    [TestCase("FAC-2024-000042", "/offences/2/iccsCode", "\"07041\"")]
    [TestCase("FEA-2024-000135", "/offences/0/iccsCode", "\"07042\"")]
    // Hechos (CDATA, line breaks kept)
    [TestCase("FEA-2024-000135", "/facts/summary", "\"En la aprehensión del contenedor MSCU4471902 (22/03/2024) se halló, envuelta entre las cajas de mango, una vasija cerámica precolombina que podría proceder de un yacimiento del norte del Perú.\"")]
    // Interviniente FISICA
    [TestCase("FEA-2024-000117", "/persons/0/ref", "\"p1\"")]
    [TestCase("FEA-2024-000117", "/persons/0/role", "\"suspect\"")]
    [TestCase("FEA-2024-000117", "/persons/0/fullName", "\"Jorge Tárrega Mollá\"")]
    [TestCase("FEA-2024-000117", "/persons/0/givenNames", "\"Jorge\"")]
    [TestCase("FEA-2024-000117", "/persons/0/familyNames", "[\"Tárrega\",\"Mollá\"]")]
    [TestCase("FEA-2024-000117", "/persons/0/birthDate", "\"1978-09-17\"")]
    [TestCase("FEA-2024-000117", "/persons/0/nationalities", "[\"ES\"]")]
    [TestCase("FEA-2024-000117", "/persons/0/addresses/0/text", "\"Calle de Cirilo Amorós 41, 5.º B, 46004 Valencia\"")]
    [TestCase("FEA-2024-000117", "/persons/0/identityDocuments/0", "{\"type\":\"national-id\",\"nationalType\":\"DNI\",\"number\":\"24561837E\",\"issuingCountry\":\"ES\",\"checkDigit\":\"valid\"}")]
    [TestCase("FEA-2024-000117", "/persons/1/identityDocuments/0", "{\"type\":\"foreigner-id\",\"nationalType\":\"NIE\",\"number\":\"X4821937X\",\"issuingCountry\":\"ES\",\"checkDigit\":\"valid\"}")]
    [TestCase("FEA-2024-000117", "/persons/1/identityDocuments/1", "{\"type\":\"passport\",\"nationalType\":\"PASAPORTE\",\"number\":\"121884530\",\"checkDigit\":\"unverified\"}")]
    [TestCase("FEA-2024-000117", "/persons/1/nationalities", "[\"PE\"]")]
    [TestCase("FEA-2024-000117", "/persons/1/addresses/1/text", "\"Avenida del Puerto 230, 3.º, 46023 Valencia\"")]
    [TestCase("FAC-2024-000042", "/persons/1/nationalities", "[\"BR\"]")]
    [TestCase("FEA-2024-000131", "/persons/0/role", "\"witness\"")]
    [TestCase("FEA-2024-000131", "/persons/0/fullName", "\"Marcos Vinícius Araújo\"")]
    [TestCase("FEA-2024-000131", "/persons/0/familyNames", "[\"Araújo\"]")]
    // Interviniente JURIDICA
    [TestCase("FEA-2024-000117", "/organisations/0/ref", "\"o1\"")]
    [TestCase("FEA-2024-000117", "/organisations/0/name", "\"Frutas Levante Import S.L.\"")]
    [TestCase("FEA-2024-000117", "/organisations/0/role", "\"investigated\"")]
    [TestCase("FEA-2024-000117", "/organisations/0/liability", "\"criminal\"")]
    [TestCase("FAC-2024-000042", "/organisations/1/liability", null)]
    [TestCase("FEA-2024-000117", "/organisations/0/country", "\"ES\"")]
    [TestCase("FEA-2024-000117", "/organisations/0/address/text", "\"Polígono Industrial Fuente del Jarro, calle Villa de Bilbao 12, 46988 Paterna (Valencia)\"")]
    [TestCase("FEA-2024-000117", "/organisations/0/registrationNumbers/0", "{\"type\":\"tax-id\",\"nationalType\":\"CIF\",\"number\":\"B46123873\",\"issuingCountry\":\"ES\",\"checkDigit\":\"valid\"}")]
    [TestCase("FAC-2024-000042", "/organisations/1/role", "\"victim\"")]
    [TestCase("FAC-2024-000042", "/organisations/1/registrationNumbers/0/checkDigit", "\"valid\"")]
    [TestCase("FAC-2024-000042", "/organisations/0/country", "\"PA\"")]
    // Diligencia
    [TestCase("FEA-2024-000117", "/measures/0/type", "\"controlled-delivery\"")]
    [TestCase("FEA-2024-000117", "/measures/0/nationalCode", "\"ENTREGA_VIGILADA\"")]
    [TestCase("FEA-2024-000117", "/measures/1/type", "\"interception\"")]
    [TestCase("FEA-2024-000117", "/measures/2/type", "\"bank-information\"")]
    [TestCase("FEA-2024-000117", "/measures/0/subjects", "[]")]
    [TestCase("FAC-2024-000042", "/measures/1/type", "\"asset-freezing\"")]
    [TestCase("FAC-2024-000042", "/measures/1/description", "\"Bloqueo cautelar de los saldos de esas cuentas hasta 450.000 USD.\"")]
    [TestCase("FAC-2024-000042", "/measures/2/type", "\"company-registry\"")]
    [TestCase("FEA-2024-000131", "/measures/0/type", "\"witness-hearing\"")]
    [TestCase("FEA-2024-000131", "/measures/0/nationalCode", "\"VIDEOCONFERENCIA\"")]
    [TestCase("FEA-2024-000131", "/measures/0/hearing", "{\"capacity\":\"witness\",\"modality\":\"videoconference\",\"questions\":[]}")]
    [TestCase("FEA-2024-000131", "/measures/1/type", "\"search-and-seizure\"")]
    [TestCase("FEA-2024-000131", "/measures/3/type", "\"telecom-subscriber\"")]
    [TestCase("FEA-2024-000131", "/measures/2/type", "\"suspect-hearing\"")]
    [TestCase("FEA-2024-000131", "/measures/2/hearing", "{\"capacity\":\"suspect\",\"modality\":\"in-person\",\"questions\":[]}")]
    [TestCase("FEA-2024-000131", "/measures/2/subjects", "[{\"ref\":\"p2\",\"capacity\":\"person-to-hear\"}]")]
    [TestCase("FEA-2024-000131", "/measures/4/type", "\"joint-investigation-team\"")]
    [TestCase("FEA-2024-000135", "/measures/0/type", "\"expert-opinion\"")]
    [TestCase("FEA-2024-000135", "/measures/1/type", "\"cultural-property-return\"")]
    // BienCultural
    [TestCase("FEA-2024-000135", "/assets/0/ref", "\"a1\"")]
    [TestCase("FEA-2024-000135", "/assets/0/type", "\"cultural-object\"")]
    [TestCase("FEA-2024-000135", "/assets/0/value", "{\"amount\":\"18000.00\",\"currency\":\"EUR\"}")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/objectType", "\"Huaco retrato\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/materials", "[\"cerámica modelada\",\"pintura de engobe crema y rojo\"]")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/measurements", "\"24 x 18 x 16 cm\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/inscriptions", "\"Número «C-118» escrito a lápiz en la base\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/distinguishingFeatures", "\"Fractura restaurada en el asa estribo; falta parte de la oreja izquierda\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/title", "\"Retrato de dignatario\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/subject", "\"Cabeza masculina con tocado\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/dateOrPeriod", "\"100-700 d. C.\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/maker", "\"Cultura Moche\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/description", "\"Vasija escultórica con asa estribo que representa la cabeza de un hombre con tocado y orejeras.\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/inventoryNumber", "\"Depósito judicial MAM-2024-031\"")]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/placeOfOrigin", "\"Costa norte del Perú (posiblemente valle de Moche, La Libertad)\"")]
    // Anexo (an upper-case digest becomes lower case)
    [TestCase("FAC-2024-000042", "/attachments/0", "{\"fileName\":\"Informe_UDEF_transferencias_Istmo_Azul.pdf\",\"mediaType\":\"application/pdf\",\"sha256\":\"6cd27b499b10b97556e24b3668bb87516ecb022cc371a67532689131206b45bd\",\"size\":482113,\"chainOfCustody\":[]}")]
    [TestCase("FEA-2024-000135", "/attachments/1/mediaType", "\"application/pdf\"")]
    // v2: dates, channel, urgency grounds and deadline reason, data protection, execution conditions
    [TestCase("FEA-2024-000117", "/issuedOn", "\"2024-05-13\"")]
    [TestCase("FEA-2024-000131", "/issuedOn", null)]
    [TestCase("FEA-2024-000117", "/channel", "{\"kind\":\"central-authority\"}")]
    [TestCase("FEA-2024-000117", "/urgency/grounds", "[\"evidence-at-risk\"]")]
    [TestCase("FEA-2024-000117", "/urgency/deadlines", "[{\"kind\":\"execute\",\"by\":\"2024-05-31\",\"reason\":\"Llegada prevista del Maersk Lirquén a Valencia el 03/06/2024\"}]")]
    [TestCase("FEA-2024-000117", "/dataProtection/onwardTransferConditions/1", "\"Se utilizarán exclusivamente para la ejecución de esta solicitud y del procedimiento que la motiva.\"")]
    [TestCase("FEA-2024-000117", "/executionConditions/presenceOfRequestingOfficials", "true")]
    [TestCase("FEA-2024-000117", "/executionConditions/officials/1", "{\"name\":\"Rafael Sanchis Climent\",\"role\":\"Capitán de la Guardia Civil, Unidad Central Operativa\"}")]
    [TestCase("FEA-2024-000117", "/executionConditions/formalities", "\"El seguimiento del envío se documentará en acta firmada por los agentes que intervengan, con indicación de fechas, horas y lugares.\"")]
    [TestCase("FAC-2024-000042", "/executionConditions", null)]
    // v2: offences and dual criminality
    [TestCase("FEA-2024-000117", "/offences/0/maximumPenalty", "\"Prisión de tres a seis años y multa del tanto al triplo del valor de la droga\"")]
    [TestCase("FEA-2024-000117", "/offences/1/maximumCustodialMonths", "108")]
    [TestCase("FEA-2024-000117", "/dualCriminality/statement", "\"Los hechos constituyen en el Perú delito de tráfico ilícito de drogas, previsto en el art. 296 del Código Penal peruano.\"")]
    // v2: persons
    [TestCase("FEA-2024-000117", "/persons/0/sex", "\"male\"")]
    [TestCase("FEA-2024-000117", "/persons/0/placeOfBirth", "{\"place\":\"Valencia\",\"country\":\"ES\"}")]
    [TestCase("FEA-2024-000117", "/persons/0/custody", "\"free\"")]
    [TestCase("FEA-2024-000117", "/persons/1/languages", "[\"es\",\"qu\"]")]
    [TestCase("FEA-2024-000131", "/persons/0/interpreterNeeded", "true")]
    [TestCase("FEA-2024-000131", "/persons/0/minor", "false")]
    [TestCase("FEA-2024-000131", "/persons/1/minor", null)]
    // v2: measures
    [TestCase("FEA-2024-000117", "/measures/1/purpose", "\"Identificar a los demás miembros de la organización en el Perú y conocer las fechas de los próximos envíos.\"")]
    [TestCase("FEA-2024-000117", "/measures/1/description", "\"Intervención de las comunicaciones del teléfono +51 987 654 321, usado por Wilmer Huamán Ccori, durante tres meses.\"")]
    [TestCase("FEA-2024-000117", "/measures/1/subjects", "[{\"ref\":\"p2\",\"capacity\":\"line-subscriber\"}]")]
    [TestCase("FEA-2024-000117", "/measures/1/nationalOrder", "{\"issuedBy\":\"court\",\"authority\":\"Juzgado Central de Instrucción nº 3 de la Audiencia Nacional\",\"reference\":\"Auto de 08/05/2024, DP 123/2024\",\"date\":\"2024-05-08\",\"attachmentFileName\":\"Auto_intervencion_comunicaciones.pdf\"}")]
    [TestCase("FEA-2024-000117", "/measures/0/hearing", null)]
    [TestCase("FAC-2024-000042", "/measures/0/subjects", "[{\"ref\":\"o1\",\"capacity\":\"account-holder\"},{\"ref\":\"p1\",\"capacity\":\"account-holder\"}]")]
    [TestCase("FAC-2024-000042", "/measures/1/nationalOrder", "{\"issuedBy\":\"court\",\"authority\":\"Juzgado Central de Instrucción nº 3 de la Audiencia Nacional\",\"date\":\"2024-05-21\"}")]
    [TestCase("FAC-2024-000042", "/measures/2/subjects", "[]")]
    [TestCase("FEA-2024-000135", "/measures/1/subjects", "[{\"ref\":\"a1\",\"capacity\":\"object\"}]")]
    // provenance
    [TestCase("FEA-2024-000135", "/provenance", "{\"adapterId\":\"ES\",\"adapterVersion\":\"1.0.0\",\"sourceFormat\":\"fortuny-xml\",\"sourceFile\":\"fortuny_2024_audiencia.xml\",\"recordId\":\"FEA-2024-000135\"}")]
    public void Sample_field_is_mapped(string recordId, string pointer, string? expectedJson)
    {
        Assert.That(Json.At(Sample.Value[recordId].Request!, pointer), Is.EqualTo(expectedJson));
    }

    [Test]
    public void Request_id_is_the_stable_id_of_the_referencia_in_Fortuny()
    {
        var request = Sample.Value["FEA-2024-000117"].Request!;

        Assert.That(request.RequestId, Is.EqualTo(RequestIds.FromNationalReference("ES", "FORTUNY", "FEA-2024-000117")));
    }

    [Test]
    public void Hechos_keeps_its_line_breaks()
    {
        var summary = Sample.Value["FEA-2024-000117"].Request!.Facts.Summary;

        Assert.That(summary.Split('\n'), Has.Length.EqualTo(3));
        Assert.That(summary, Does.StartWith("Entre marzo de 2023").And.EndWith("coordina la carga en el Callao."));
    }

    // Which source field produced which canonical field, and by what conversion.
    [TestCase("FEA-2024-000117", "/requestId", "request-id", "/Exportacion/Solicitud[1]", "@referencia", 4)]
    [TestCase("FEA-2024-000117", "/createdAt", "iso-8601-instant", "/Exportacion", "@generada", 3)]
    [TestCase("FEA-2024-000117", "/issuingAuthority/caseReference", "join-class-and-number", "/Exportacion/Solicitud[1]/Procedimiento", "@clase", 5)]
    [TestCase("FEA-2024-000117", "/issuingAuthority/name", "copy", "/Exportacion/Solicitud[1]", "Fiscalia", 6)]
    [TestCase("FEA-2024-000117", "/issuingAuthority/officer/name", "copy", "/Exportacion/Solicitud[1]", "Fiscal", 7)]
    [TestCase("FEA-2024-000117", "/issuingAuthority/contact/email", "copy", "/Exportacion/Solicitud[1]/Fiscal", "@email", 7)]
    [TestCase("FEA-2024-000117", "/requestedAuthority/country", "country-to-iso3166", "/Exportacion/Solicitud[1]/EstadoRequerido", "@iso", 9)]
    [TestCase("FEA-2024-000117", "/legalBasis/2/parties", "code-list:instruments", "/Exportacion/Solicitud[1]", "Instrumento[3]", 12)]
    [TestCase("FEA-2024-000117", "/urgency/level", "code-list:urgency", "/Exportacion/Solicitud[1]/Urgencia", "@grado", 14)]
    [TestCase("FEA-2024-000117", "/urgency/deadlines/0/by", "day-first-date", "/Exportacion/Solicitud[1]", "FechaLimite", 16)]
    [TestCase("FEA-2024-000117", "/confidentiality/confidential", "xs-boolean", "/Exportacion/Solicitud[1]", "Reservada", 17)]
    [TestCase("FEA-2024-000117", "/offences/1/iccsCode", "code-list:offences", "/Exportacion/Solicitud[1]/Delito[2]", "@codigo", 29)]
    [TestCase("FEA-2024-000117", "/offences/1/nationalWording", "copy", "/Exportacion/Solicitud[1]", "Delito[2]", 29)]
    [TestCase("FEA-2024-000117", "/facts/summary", "copy", "/Exportacion/Solicitud[1]", "Hechos", 32)]
    [TestCase("FEA-2024-000117", "/persons/0/fullName", "join-names", "/Exportacion/Solicitud[1]/Interviniente[1]", "Nombre", 36)]
    [TestCase("FEA-2024-000117", "/persons/0/familyNames/1", "copy", "/Exportacion/Solicitud[1]/Interviniente[1]", "Apellido2", 38)]
    [TestCase("FEA-2024-000117", "/persons/0/identityDocuments/0/checkDigit", "identity-rule:es.dni", "/Exportacion/Solicitud[1]/Interviniente[1]", "Documento", 39)]
    [TestCase("FEA-2024-000117", "/persons/0/identityDocuments/0/type", "code-list:document-types", "/Exportacion/Solicitud[1]/Interviniente[1]/Documento", "@tipo", 39)]
    [TestCase("FEA-2024-000117", "/persons/1/identityDocuments/1/number", "copy", "/Exportacion/Solicitud[1]/Interviniente[2]", "Documento[2]", 52)]
    [TestCase("FEA-2024-000117", "/persons/1/birthDate", "day-first-date", "/Exportacion/Solicitud[1]/Interviniente[2]", "FechaNacimiento", 54)]
    [TestCase("FEA-2024-000117", "/persons/1/nationalities/0", "country-to-iso3166", "/Exportacion/Solicitud[1]/Interviniente[2]", "Nacionalidad", 56)]
    [TestCase("FEA-2024-000117", "/organisations/0/registrationNumbers/0/checkDigit", "identity-rule:es.cif", "/Exportacion/Solicitud[1]/Interviniente[3]", "Documento", 65)]
    [TestCase("FEA-2024-000117", "/measures/0/type", "code-list:measures", "/Exportacion/Solicitud[1]/Diligencia[1]", "@tipo", 69)]
    [TestCase("FEA-2024-000135", "/assets/0/culturalObject/materials", "split-semicolon", "/Exportacion/Solicitud[4]/BienCultural", "Materiales", 200)]
    [TestCase("FEA-2024-000135", "/assets/0/value/amount", "decimal-comma-amount", "/Exportacion/Solicitud[4]/BienCultural", "Valor", 211)]
    [TestCase("FAC-2024-000042", "/attachments/0/sha256", "hex-lowercase", "/Exportacion/Solicitud[2]/Anexo", "@sha256", 134)]
    [TestCase("FEA-2024-000117", "/issuedOn", "day-first-date", "/Exportacion/Solicitud[1]", "FechaFirma", 8)]
    [TestCase("FEA-2024-000117", "/urgency/deadlines/0/reason", "copy", "/Exportacion/Solicitud[1]/FechaLimite", "@motivo", 16)]
    [TestCase("FEA-2024-000117", "/executionConditions/presenceOfRequestingOfficials", "element-present", "/Exportacion/Solicitud[1]/AsistenciaAutoridades", null, 23)]
    [TestCase("FEA-2024-000117", "/organisations/0/liability", "code-list:roles", "/Exportacion/Solicitud[1]/Interviniente[3]", "@condicion", 63)]
    [TestCase("FEA-2024-000117", "/measures/1/subjects/0/ref", "resolve-id", "/Exportacion/Solicitud[1]/Diligencia[2]/Afectado", "@interviniente", 72)]
    [TestCase("FEA-2024-000117", "/measures/1/subjects/0/capacity", "code-list:capacities", "/Exportacion/Solicitud[1]/Diligencia[2]/Afectado", "@calidad", 72)]
    [TestCase("FEA-2024-000131", "/measures/0/hearing/modality", "code-list:measures", "/Exportacion/Solicitud[3]/Diligencia[1]", "@tipo", 166)]
    [TestCase("FEA-2024-000131", "/measures/0/hearing/capacity", "hearing-of-person", "/Exportacion/Solicitud[3]/Diligencia[1]/Afectado", "@interviniente", 168)]
    [TestCase("FEA-2024-000135", "/channel/instrument", "code-list:instruments", "/Exportacion/Solicitud[4]", "Instrumento[2]", 183)]
    [TestCase("FEA-2024-000135", "/measures/1/subjects/0/ref", "resolve-id", "/Exportacion/Solicitud[4]/Diligencia[2]/Afectado", "@bien", 196)]
    public void Lineage_names_source_field_line_and_conversion(string recordId, string pointer, string conversion, string path, string? field, int line)
    {
        var entry = Sample.Value[recordId].Lineage.Last(e => e.CanonicalPath == pointer);

        Assert.That(entry.Conversion, Is.EqualTo(conversion));
        Assert.That(entry.Sources[0].File, Is.EqualTo("fortuny_2024_audiencia.xml"));
        Assert.That((entry.Sources[0].Path, entry.Sources[0].Field, entry.Sources[0].Line), Is.EqualTo((path, field, (long)line)));
    }

    [TestCase("/kind")]
    [TestCase("/language")]
    [TestCase("/issuingAuthority/country")]
    [TestCase("/issuingAuthority/nationalSystem")]
    public void Values_the_format_does_not_hold_are_recorded_as_adapter_defaults(string pointer)
    {
        var entry = Sample.Value["FEA-2024-000117"].Lineage.Single(e => e.CanonicalPath == pointer);

        Assert.That((entry.Conversion, entry.Sources.Count), Is.EqualTo(("adapter-default", 0)));
    }
}

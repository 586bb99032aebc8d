using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>
/// A Diligencia on canonical v2: hearings (VIDEOCONFERENCIA is a modality, not a measure), subjects only where an
/// Afectado names them, purpose and national order.
/// </summary>
public sealed class MeasureReadingTests
{
    private const string Witness = """<Interviniente condicion="TESTIGO" tipo="FISICA" id="71"><Nombre>Rosa</Nombre><Apellido1>Quispe</Apellido1></Interviniente>""";
    private const string Investigated = """<Interviniente condicion="INVESTIGADO" tipo="FISICA" id="72"><Nombre>Wilmer</Nombre><Apellido1>Huamán</Apellido1></Interviniente>""";

    private static RecordResult ReadOne(string elements) =>
        Spain.ReadText(FortunyXml.Document(FortunyXml.Replacing("""<Diligencia tipo="INFORMACION_BANCARIA">Cuentas del investigado.</Diligencia>""", elements))).Single();

    private static Measure OnlyMeasure(string elements)
    {
        var result = ReadOne(elements);
        Assert.That(result.IsAccepted, Is.True, string.Join("\n", result.Problems));
        return result.Request!.Measures.Single();
    }

    private static string[] Rules(RecordResult result) => [.. result.Problems.Select(p => $"{(p.IsError ? "error" : "warning")} {p.Rule}")];

    [Test]
    public void Videoconference_of_a_witness_is_a_witness_hearing_by_videoconference()
    {
        var measure = OnlyMeasure(Witness + """<Diligencia tipo="VIDEOCONFERENCIA">Declaración.<Afectado interviniente="71"/></Diligencia>""");

        Assert.That((measure.Type, measure.NationalCode), Is.EqualTo((MeasureType.WitnessHearing, "VIDEOCONFERENCIA")));
        Assert.That((measure.Hearing!.Capacity, measure.Hearing.Modality), Is.EqualTo(((HearingCapacity?)HearingCapacity.Witness, (HearingModality?)HearingModality.Videoconference)));
    }

    [Test]
    public void Videoconference_of_an_investigated_person_is_a_suspect_hearing()
    {
        var measure = OnlyMeasure(Investigated + """<Diligencia tipo="VIDEOCONFERENCIA">Declaración.<Afectado interviniente="72" calidad="DECLARANTE"/></Diligencia>""");

        Assert.That(measure.Type, Is.EqualTo(MeasureType.SuspectHearing));
        Assert.That((measure.Hearing!.Capacity, measure.Hearing.Modality), Is.EqualTo(((HearingCapacity?)HearingCapacity.Suspect, (HearingModality?)HearingModality.Videoconference)));
        Assert.That(measure.Subjects, Is.EqualTo(new[] { new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.PersonToHear } }));
    }

    [Test]
    public void Videoconference_naming_nobody_is_a_witness_hearing_without_capacity()
    {
        var measure = OnlyMeasure("""<Diligencia tipo="VIDEOCONFERENCIA">Declaración de Rosa Quispe.</Diligencia>""");

        Assert.That(measure.Type, Is.EqualTo(MeasureType.WitnessHearing));
        Assert.That(measure.Hearing, Is.EqualTo(new HearingParticulars { Modality = HearingModality.Videoconference }).Using<HearingParticulars>((a, b) => a.Capacity == b.Capacity && a.Modality == b.Modality));
        Assert.That(measure.Subjects, Is.Empty, "a name in the text is never turned into a subject");
    }

    [TestCase("PRESENCIAL", HearingModality.InPerson)]
    [TestCase("videoconferencia", HearingModality.Videoconference)]
    [TestCase("TELEFONICA", HearingModality.Telephone)]
    public void Maps_the_hearing_modality_from_modalidad(string modalidad, HearingModality modality)
    {
        Assert.That(OnlyMeasure($"""<Diligencia tipo="DECLARACION_TESTIGO" modalidad="{modalidad}">Declaración.</Diligencia>""").Hearing!.Modality, Is.EqualTo(modality));
    }

    [Test]
    public void Modalidad_on_a_measure_that_is_not_a_hearing_is_ignored_with_a_warning()
    {
        var result = ReadOne("""<Diligencia tipo="INFORMACION_BANCARIA" modalidad="PRESENCIAL">Cuentas.</Diligencia>""");

        Assert.That(Rules(result), Is.EqualTo(new[] { "warning xml.not-applicable" }));
        Assert.That(result.Request!.Measures[0].Hearing, Is.Null);
    }

    [Test]
    public void Diligencia_text_is_its_own_text_without_its_children()
    {
        var measure = OnlyMeasure(Witness + """
            <Diligencia tipo="DECLARACION_TESTIGO">Declaración de la estibadora.
              <Finalidad>Acreditar la apertura del contenedor.</Finalidad>
              <Afectado interviniente="71" calidad="DECLARANTE"/>
            </Diligencia>
            """);

        Assert.That((measure.Description, measure.Purpose), Is.EqualTo(("Declaración de la estibadora.", "Acreditar la apertura del contenedor.")));
    }

    [TestCase("AUTO", OrderIssuer.Court)]
    [TestCase("PROVIDENCIA", OrderIssuer.Court)]
    [TestCase("DECRETO", OrderIssuer.Prosecutor)]
    public void Maps_the_national_order_from_Resolucion(string clase, OrderIssuer issuer)
    {
        var measure = OnlyMeasure($"""<Diligencia tipo="EMBARGO">Bloqueo.<Resolucion clase="{clase}" organo="Juzgado de Instrucción nº 2 de Valencia" numero="112/2024" fecha="03/05/2024" anexo="auto.pdf"/></Diligencia>""");

        Assert.That(measure.NationalOrder, Is.EqualTo(new NationalOrder { IssuedBy = issuer, Authority = "Juzgado de Instrucción nº 2 de Valencia", Reference = "112/2024", Date = new DateOnly(2024, 5, 3), AttachmentFileName = "auto.pdf" }));
    }

    [TestCase("""<Diligencia tipo="EMBARGO">Bloqueo.<Resolucion numero="1"/></Diligencia>""", "required")]
    [TestCase("""<Diligencia tipo="EMBARGO">Bloqueo.<Resolucion clase="SENTENCIA"/></Diligencia>""", "code-list.unknown")]
    [TestCase("""<Diligencia tipo="EMBARGO">Bloqueo.<Resolucion clase="AUTO" fecha="2024-05-03"/></Diligencia>""", "date.invalid")]
    [TestCase("""<Diligencia tipo="EMBARGO">Bloqueo.<Afectado calidad="TITULAR_CUENTA"/></Diligencia>""", "required")]
    [TestCase(Witness + """<Diligencia tipo="EMBARGO">Bloqueo.<Afectado interviniente="71" bien="1"/></Diligencia>""", "required")]
    [TestCase("""<Diligencia tipo="EMBARGO">Bloqueo.<Afectado bien="BC-9"/></Diligencia>""", "reference.unknown")]
    [TestCase(Witness + """<Diligencia tipo="EMBARGO">Bloqueo.<Afectado interviniente="71" calidad="SOSPECHOSO"/></Diligencia>""", "code-list.unknown")]
    [TestCase("""<Diligencia tipo="DECLARACION_TESTIGO" modalidad="CARTA">Declaración.</Diligencia>""", "code-list.unknown")]
    public void Unreadable_measure_detail_rejects_the_request(string elements, string rule)
    {
        Assert.That(Rules(ReadOne(elements)), Is.EqualTo(new[] { "error " + rule }));
    }

    [Test]
    public void Afectado_of_an_organisation_names_it_by_its_id()
    {
        var measure = OnlyMeasure("""<Interviniente condicion="INVESTIGADO" tipo="JURIDICA" id="X-1"><RazonSocial>Istmo Azul S.A.</RazonSocial></Interviniente><Diligencia tipo="REGISTRO_MERCANTIL">Certificación.<Afectado interviniente="X-1" calidad="AFECTADO"/></Diligencia>""");

        Assert.That(measure.Subjects, Is.EqualTo(new[] { new MeasureSubject { Ref = "o1", Capacity = SubjectCapacity.RecordSubject } }));
    }
}

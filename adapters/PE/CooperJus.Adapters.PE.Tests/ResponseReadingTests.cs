using CooperJus.Gateway.Adapters.Testing;
using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.PE.Tests.Support.ResponseFiles;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>Reading SGF response exports (respuestas_*.csv) into canonical responses.</summary>
public sealed class ResponseReadingTests
{
    [TestCase("ACUSE_RECIBO", ResponseStatus.Acknowledged)]
    [TestCase("RECIBIDA", ResponseStatus.Acknowledged)]
    [TestCase("EN_TRAMITE", ResponseStatus.InProgress)]
    [TestCase("EJECUTADA", ResponseStatus.Executed)]
    [TestCase("EJECUTADA_PARCIALMENTE", ResponseStatus.PartiallyExecuted)]
    [TestCase("APLAZADA", ResponseStatus.Postponed)]
    [TestCase("CONDICIONADA", ResponseStatus.ConditionsProposed)]
    [TestCase("DERIVADA", ResponseStatus.Forwarded)]
    [TestCase("DILIGENCIA_SUSTITUIDA", ResponseStatus.MeasureSubstituted)]
    [TestCase("retirada", ResponseStatus.Withdrawn)]
    public void Reads_each_status_of_a_response_and_of_a_result(string code, ResponseStatus status)
    {
        var response = Response(With(Acknowledgement(), "ESTADO", code), Result("1", code, "Hecho."));

        Assert.That(response.Status, Is.EqualTo(status));
        Assert.That(response.Results.Single().Status, Is.EqualTo(status));
        Assert.That(response.Results.Single().MeasureIndex, Is.Zero, "NRO_DILIGENCIA 1 is the first measure");
    }

    [Test]
    public void Reads_the_response_level_columns_once_for_every_row()
    {
        var cells = With(Acknowledgement(), "DESPACHO", "UCJIE");
        cells["FISCAL"] = "María Elena Quispe Huamán";
        cells["CARGO"] = "Fiscal Adjunta Superior";
        cells["CORREO"] = "ucjie@mpfn.gob.pe";
        cells["CARPETA_FISCAL"] = "UCJIE-2024-00871";
        cells["MENSAJE"] = "Primera línea\r\nsegunda; con \"comillas\"";

        var response = Response(cells);

        Assert.That(response.ResponseId, Is.EqualTo(Gateway.Sdk.RequestIds.FromNationalReference("PE", "SGF-RESPUESTA", "SGF-R-2024-000451")));
        Assert.That(response.InResponseTo, Is.EqualTo(RequestId));
        Assert.That(response.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 4, 2, 9, 15, 0, TimeSpan.FromHours(-5))));
        Assert.That(response.RespondingAuthority, Is.EqualTo(new Authority
        {
            Country = "PE",
            Name = "Fiscalía de la Nación",
            Unit = "UCJIE",
            Officer = new Officer { Name = "María Elena Quispe Huamán", Role = "Fiscal Adjunta Superior" },
            Contact = new Contact { Email = "ucjie@mpfn.gob.pe" },
        }));
        Assert.That(response.Message, Is.EqualTo("Primera línea\r\nsegunda; con \"comillas\""));
        Assert.That(response.CaseReference, Is.EqualTo("UCJIE-2024-00871"));
        Assert.That((response.Language, response.Results.Count, response.Attachments.Count), Is.EqualTo(("es", 0, 0)));
    }

    [Test]
    public void A_canonical_response_id_is_kept_and_a_request_id_in_capitals_is_lowered()
    {
        var cells = With(Acknowledgement(), "NRO_RESPUESTA", "3F1C2B7A-8E4D-4C1A-9B2E-5D6F7A8B9C0D");
        cells["ID_SOLICITUD"] = RequestId.ToUpperInvariant();

        var response = Response(cells);

        Assert.That((response.ResponseId, response.InResponseTo), Is.EqualTo(("3f1c2b7a-8e4d-4c1a-9b2e-5d6f7a8b9c0d", RequestId)));
    }

    [Test]
    public void A_refusal_gives_its_grounds_as_codes_with_the_explanations()
    {
        var result = Result("2", "DENEGADA", "No se ordena el embargo.");
        result["CAUSALES_DENEGACION"] = "FALTA_DOBLE_INCRIMINACION:La conducta no es delito en el Perú: art. 2 CP | COSA_JUZGADA | OTRA_CAUSAL:Delito tributario";

        var refused = Response(With(Acknowledgement(), "ESTADO", "DENEGADA"), result).Results.Single();

        Assert.That(refused.RefusalGrounds, Is.EqualTo(new[]
        {
            new RefusalGround { Code = RefusalGroundCode.AbsenceOfDualCriminality, Explanation = "La conducta no es delito en el Perú: art. 2 CP" },
            new RefusalGround { Code = RefusalGroundCode.NeBisInIdem },
            new RefusalGround { Code = RefusalGroundCode.Other, Explanation = "Delito tributario" },
        }));
    }

    [Test]
    public void A_refusal_without_grounds_is_rejected_at_the_grounds_cell()
    {
        var errors = Errors(With(Acknowledgement(), "ESTADO", "DENEGADA"), Result("1", "DENEGADA", "No."));

        Assert.That(errors.Select(e => (e.Rule, e.Source!.Field, e.CanonicalPath)), Is.EquivalentTo(new[]
        {
            ("response.refusal-grounds", "CAUSALES_DENEGACION", "/results/0/refusalGrounds"),
            ("response.refusal-grounds", "ESTADO", "/results"),
        }));
    }

    [Test]
    public void Information_needed_says_what_and_by_when()
    {
        var result = Result(null, "INFORMACION_REQUERIDA", "Falta la resolución.");
        result["INFORMACION_REQUERIDA"] = "15/05/2024:Copia certificada de la resolución|:Traducción: al castellano|Número de las cuentas";

        var needed = Response(With(Acknowledgement(), "ESTADO", "INFORMACION_REQUERIDA"), result).Results.Single();

        Assert.That(needed.MeasureIndex, Is.Null, "an empty NRO_DILIGENCIA is the request as a whole");
        Assert.That(needed.InformationNeeded, Is.EqualTo(new[]
        {
            new InformationNeeded { Description = "Copia certificada de la resolución", By = new DateOnly(2024, 5, 15) },
            new InformationNeeded { Description = "Traducción: al castellano" },
            new InformationNeeded { Description = "Número de las cuentas" },
        }));
    }

    [Test]
    public void Information_needed_without_saying_what_is_rejected()
    {
        var errors = Errors(With(Acknowledgement(), "ESTADO", "INFORMACION_REQUERIDA"), Result("1", "INFORMACION_REQUERIDA", "Falta."));

        Assert.That(errors.Select(e => e.Rule), Is.EqualTo(new[] { "response.information-needed", "response.information-needed" }));
    }

    [Test]
    public void Postponement_conditions_forwarding_substitution_and_costs_are_read()
    {
        var result = Result("3", "APLAZADA", "Se aplaza.");
        result["APLAZADA_HASTA"] = "30/09/2024";
        result["CONDICIONES"] = "Uso solo en el proceso 245/2024|Copia de la sentencia";
        result["DERIVADA_A"] = "Fiscalía Provincial de Cusco";
        result["DILIGENCIA_SUSTITUTA"] = "INCAUTACION_BIEN_CULTURAL";
        result["COSTO"] = "USD 3.000,50";
        result["COSTO_EXTRAORDINARIO"] = "SI";
        result["COSTO_CONCEPTO"] = "Transporte";

        var read = Response(With(Acknowledgement(), "ESTADO", "APLAZADA"), result).Results.Single();

        Assert.That(read.PostponedUntil, Is.EqualTo(new DateOnly(2024, 9, 30)));
        Assert.That(read.Conditions, Is.EqualTo(new[] { "Uso solo en el proceso 245/2024", "Copia de la sentencia" }));
        Assert.That(read.ForwardedTo, Is.EqualTo(new Authority { Country = "PE", Name = "Fiscalía Provincial de Cusco" }));
        Assert.That(read.SubstituteMeasure, Is.EqualTo(MeasureType.CulturalPropertySeizure));
        Assert.That(read.Costs, Is.EqualTo(new ExecutionCosts { Amount = new MonetaryAmount { Amount = "3000.50", Currency = "USD" }, Extraordinary = true, Description = "Transporte" }));
    }

    [Test]
    public void Attachments_are_described_and_linked_to_their_results()
    {
        var result = Result("1", "EJECUTADA", "Se adjuntan los extractos.");
        result["ADJUNTOS_RESULTADO"] = "extracto.pdf|extracto-pt.pdf";
        var original = Attachment("extracto.pdf", new string('A', 64), "482133");
        original["TIPO_DOCUMENTO"] = "EVIDENCIA";
        original["IDIOMA_DOCUMENTO"] = "Castellano";
        original["FECHA_OBTENCION"] = "15/05/2024";
        original["OBTENIDO_POR"] = "SBS";
        original["TIPO_COPIA"] = "COPIA_CERTIFICADA";
        original["NRO_PRECINTO"] = "PRE-0098";
        original["DEVOLVER_HASTA"] = "31/12/2024";
        var translation = Attachment("extracto-pt.pdf", new string('b', 64), "0");
        translation["TRADUCCION_DE"] = "extracto.pdf";
        translation["IDIOMA_DOCUMENTO"] = "PORTUGUES";

        var response = Response(With(Acknowledgement(), "ESTADO", "EJECUTADA"), result, original, translation);

        Assert.That(response.Results.Single().AttachmentFileNames, Is.EqualTo(new[] { "extracto.pdf", "extracto-pt.pdf" }));
        Assert.That(response.Attachments[0], Is.EqualTo(new Attachment
        {
            FileName = "extracto.pdf",
            MediaType = "application/pdf",
            Sha256 = new string('a', 64),
            Size = 482133,
            DocumentType = AttachmentType.Evidence,
            Language = "es",
            Obtained = new Obtained { On = new DateOnly(2024, 5, 15), By = "SBS" },
            CopyKind = CopyKind.CertifiedCopy,
            SealNumber = "PRE-0098",
            ReturnBy = new DateOnly(2024, 12, 31),
        }).Using<Attachment>(SameAttachment));
        Assert.That((response.Attachments[1].TranslationOf, response.Attachments[1].Language, response.Attachments[1].Size), Is.EqualTo(("extracto.pdf", "pt", 0L)));
    }

    [TestCase("ADJUNTOS_RESULTADO", "otro.pdf", "response.attachment-link", "/results/0/attachmentFileNames")]
    [TestCase("HASH_SHA256", "d41d8cd98f00b204e9800998ecf8427e", "response.attachment-hash", "/attachments/0/sha256")]
    [TestCase("TAMANO_BYTES", "-5", "response.attachment-size", "/attachments/0/size")]
    [TestCase("TRADUCCION_DE", "otro.pdf", "response.attachment-link", "/attachments/0/translationOf")]
    [TestCase("NRO_DILIGENCIA", "uno", "response.measure-number", "/results/0/measureIndex")]
    [TestCase("APLAZADA_HASTA", "31/09/2024", "date.invalid", "/results/0/postponedUntil")]
    [TestCase("COSTO", "1.000", "amount.invalid", "/results/0/costs/amount")]
    [TestCase("PAIS_DERIVADA", "Narnia", "country.unknown", "/results/0/forwardedTo/country")]
    [TestCase("DILIGENCIA_SUSTITUTA", "TELEPATIA", "code-list.unknown", "/results/0/substituteMeasure")]
    [TestCase("CAUSALES_DENEGACION", "CAPRICHO:No", "code-list.unknown", "/results/0/refusalGrounds/0/code")]
    [TestCase("TIPO_DOCUMENTO", "PAPIRO", "code-list.unknown", "/attachments/0/documentType")]
    [TestCase("ESTADO_DILIGENCIA", "", "required", "/results/0/status")]
    [TestCase("ARCHIVO", "", "required", "/attachments/0/fileName")]
    public void A_bad_cell_rejects_the_response_with_its_rule_at_the_cell(string column, string value, string rule, string path)
    {
        var result = Result("1", "EJECUTADA", "Hecho.");
        var attachment = Attachment("extracto.pdf", new string('a', 64), "10");
        (IsResultColumn(column) ? result : attachment)[column] = value;

        var results = Read(Build(With(Acknowledgement(), "ESTADO", "EJECUTADA"), result, attachment));
        var error = results.SelectMany(r => r.Problems).First(p => p.IsError);

        Assert.That((error.Rule, error.Source!.Field, error.Source.Row, error.CanonicalPath), Is.EqualTo((rule, column, IsResultColumn(column) ? 2L : 3L, path)));
        Assert.That(results.Single().IsAccepted, Is.False);
    }

    [Test]
    public void A_result_column_on_an_attachment_row_is_ignored_with_a_warning_and_row_data_without_a_row_type_is_an_error()
    {
        var attachment = Attachment("a.pdf", new string('a', 64), "1");
        attachment["DETALLE_RESULTADO"] = "fuera de lugar";
        var untyped = new Dictionary<string, string> { ["ARCHIVO"] = "b.pdf" };

        var problems = Read(Build(Acknowledgement(), attachment, untyped)).Single().Problems;

        Assert.That(problems.Select(p => (p.Rule, p.IsError, p.Source!.Row, p.Source.Field)), Is.EquivalentTo(new[]
        {
            ("csv.ignored-value", false, (long?)2, "DETALLE_RESULTADO"),
            ("csv.row-type", true, (long?)3, "ARCHIVO"),
        }));
    }

    [Test]
    public void Every_filled_field_has_lineage_naming_its_cell()
    {
        var result = Result("1", "EJECUTADA", "Hecho.");
        result["COSTO"] = "S/ 10,00";
        var read = Read(Build(With(Acknowledgement(), "LIMITACIONES_USO", "ESPECIALIDAD:Solo el proceso 1"), result)).Single();

        Assert.That(LineageCoverage.Uncovered(read), Is.Empty);
        Assert.That(read.Lineage.Single(e => e.CanonicalPath == "/results/0/costs/amount/amount").Sources.Single().Field, Is.EqualTo("COSTO"));
        Assert.That(read.Lineage.Single(e => e.CanonicalPath == "/results/0/costs/extraordinary").Conversion, Is.EqualTo("adapter-default"));
    }

    [Test]
    public void Rows_of_one_response_must_agree_on_its_columns_and_be_contiguous()
    {
        var first = Result("1", "EJECUTADA", "Uno.");
        var second = Result("2", "EJECUTADA", "Dos.");
        second["ESTADO"] = "EN_TRAMITE";
        var other = With(Acknowledgement(), "NRO_RESPUESTA", "SGF-R-2");
        var csv = Build(With(Acknowledgement(), "ESTADO", "EJECUTADA"), first, second) + Build(other).Split("\r\n", 2)[1] + Build(Acknowledgement()).Split("\r\n", 2)[1];

        var errors = Read(csv).SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => (p.Rule, p.Source!.Row)).ToList();

        Assert.That(errors, Is.EquivalentTo(new[] { ("csv.conflicting-values", (long?)3), ("csv.non-contiguous", (long?)5) }));
    }

    [Test]
    public void The_readme_example_reads_as_an_acknowledgement_and_a_partial_execution()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "adapters", "PE", "README.md"));
        var section = readme[readme.IndexOf("## Responses", StringComparison.Ordinal)..];
        var start = section.IndexOf("```\n", StringComparison.Ordinal) + 4;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var results = Read(example);

        Assert.That(results.SelectMany(r => r.Problems).Select(p => p.ToString()), Is.Empty);
        Assert.That(results.Select(r => r.Response!.Status), Is.EqualTo(new[] { ResponseStatus.Acknowledged, ResponseStatus.PartiallyExecuted }));
        Assert.That(results[1].Response!.Results.Select(r => r.Status), Is.EqualTo(new[] { ResponseStatus.Executed, ResponseStatus.Refused }));
    }

    private static bool IsResultColumn(string column) => Array.IndexOf(ResponseFiles.Columns, column) is >= 14 and < 28;

    private static bool SameAttachment(Attachment x, Attachment y) =>
        Gateway.Core.CanonicalJson.SerializeValue(x) == Gateway.Core.CanonicalJson.SerializeValue(y);

    private static Dictionary<string, string> With(Dictionary<string, string> cells, string column, string value)
    {
        cells[column] = value;
        return cells;
    }

    private static Dictionary<string, string> Result(string? measure, string status, string detail) => new()
    {
        ["TIPO_FILA"] = "RESULTADO",
        ["NRO_DILIGENCIA"] = measure ?? "",
        ["ESTADO_DILIGENCIA"] = status,
        ["DETALLE_RESULTADO"] = detail,
    };

    private static Dictionary<string, string> Attachment(string name, string hash, string size) => new()
    {
        ["TIPO_FILA"] = "ADJUNTO",
        ["ARCHIVO"] = name,
        ["TIPO_ARCHIVO"] = "application/pdf",
        ["HASH_SHA256"] = hash,
        ["TAMANO_BYTES"] = size,
    };
}

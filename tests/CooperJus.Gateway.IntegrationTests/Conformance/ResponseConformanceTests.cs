using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Conformance;

/// <summary>
/// What every adapter that also speaks its office's response format (<see cref="IResponseAdapter"/>) must do, checked
/// through the real plugin built into <c>artifacts/adapters/</c>, over its samples in <c>samples/&lt;id&gt;/responses/</c>:
/// good files directly there, goldens in <c>expected/</c>, one bad file per rule in <c>bad/</c> with its <c>.expect</c>.
/// Set COOPERJUS_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change (then review the diff).
/// </summary>
[TestFixture]
public sealed class ResponseConformanceTests
{
    private static readonly Lazy<ResponseValidator> Validator = new(ResponseValidator.CreateDefault);

    private static bool UpdateGolden => Environment.GetEnvironmentVariable("COOPERJUS_UPDATE_GOLDEN") == "1";

    /// <summary>The ids of the built adapters that implement <see cref="IResponseAdapter"/>.</summary>
    private static IEnumerable<string> AdapterIds() =>
        RepositoryPaths.AdapterIds().Where(id => Catalogs.BuiltAdapters.Find(id) is IResponseAdapter);

    private static IEnumerable<TestCaseData> BadSamples() =>
        AdapterIds().SelectMany(id => Directory.Exists(BadFolder(id))
            ? Directory.EnumerateFiles(BadFolder(id)).Where(f => !f.EndsWith(".expect", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .Select(f => new TestCaseData(id, Path.GetFileName(f)).SetArgDisplayNames(id, Path.GetFileName(f)))
            : []);

    private static string Folder(string id) => Path.Combine(RepositoryPaths.Samples, id, "responses");

    private static string ExpectedFolder(string id) => Path.Combine(Folder(id), "expected");

    private static string BadFolder(string id) => Path.Combine(Folder(id), "bad");

    private static IResponseAdapter Adapter(string id) => (IResponseAdapter)Catalogs.BuiltAdapters.Find(id)!;

    private static IReadOnlyList<string> GoodFiles(string id) => InputFiles.Resolve(Folder(id), Adapter(id).ResponseFormat.FilePatterns);

    private static List<ResponseRecordResult> Read(string id, string file) => [.. Adapter(id).ReadResponses(SourceFile.FromPath(file))];

    private static List<(ResponseRecordResult Record, string File)> GoodRecords(string id) =>
        [.. GoodFiles(id).SelectMany(f => Read(id, f).Select(r => (r, Path.GetFileName(f))))];

    [Test]
    public void At_least_one_adapter_implements_the_response_contract() =>
        Assert.That(AdapterIds(), Is.Not.Empty, "no built adapter implements IResponseAdapter");

    [TestCaseSource(nameof(AdapterIds))]
    public void Has_good_and_bad_response_samples_and_response_patterns_apart_from_request_patterns(string id)
    {
        var adapter = Adapter(id);
        var requestPatterns = ((ICountryAdapter)adapter).Descriptor.FilePatterns;
        Assert.That(GoodFiles(id), Is.Not.Empty, $"samples/{id}/responses has no file matching {string.Join(", ", adapter.ResponseFormat.FilePatterns)}");
        Assert.That(Directory.Exists(BadFolder(id)) ? Directory.GetFiles(BadFolder(id), "*.expect") : [], Is.Not.Empty, $"samples/{id}/responses/bad has no bad sample");
        foreach (var file in GoodFiles(id))
            Assert.That(requestPatterns.Any(p => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(p, Path.GetFileName(file), ignoreCase: true)), Is.False,
                $"{Path.GetFileName(file)} also matches a request pattern: the intake could not tell it from a request export");
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Good_response_samples_translate_without_errors_into_valid_documents(string id)
    {
        foreach (var file in GoodFiles(id))
        {
            var results = Read(id, file);
            Assert.That(results.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty, $"errors in good sample {file}");
            Assert.That(results.Count(r => r.IsAccepted), Is.GreaterThanOrEqualTo(1), $"{file} produced no response");
            foreach (var result in results.Where(r => r.IsAccepted))
                Assert.That(Validator.Value.Validate(CanonicalJson.Serialize(result.Response!)), Is.Empty, $"response {result.RecordId} of {file} is not valid against cooperation-response v2");
        }
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Lineage_covers_every_filled_field_of_every_response(string id)
    {
        foreach (var (record, file) in GoodRecords(id).Where(r => r.Record.IsAccepted))
        {
            var uncovered = Adapters.Testing.LineageCoverage.UncoveredLeaves(CanonicalJson.Serialize(record.Response!), record.Lineage);
            Assert.That(uncovered, Is.Empty, $"response {record.RecordId} of {file}: canonical fields without lineage");
            Assert.That(record.OriginalText, Is.Not.Null.And.Not.Empty, $"response {record.RecordId} keeps no original text");
        }
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Canonical_responses_match_the_golden_files(string id)
    {
        var produced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (record, file) in GoodRecords(id).Where(r => r.Record.IsAccepted))
        {
            var response = record.Response!;
            produced[response.ResponseId + ".json"] = CanonicalJson.Serialize(response);
            produced[response.ResponseId + ".lineage.json"] = ResponseLineage.ToJson(response, file, record.Lineage);
        }
        var folder = ExpectedFolder(id);
        if (UpdateGolden) WriteGolden(folder, produced);
        var expectedFiles = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList() : [];
        Assert.That(produced.Keys.Order(StringComparer.Ordinal), Is.EqualTo(expectedFiles), "golden files (set COOPERJUS_UPDATE_GOLDEN=1 to regenerate)");
        foreach (var (name, json) in produced)
            Assert.That(Normalize(json), Is.EqualTo(Normalize(File.ReadAllText(Path.Combine(folder, name)))), $"{id}/responses/expected/{name}");
    }

    [TestCaseSource(nameof(BadSamples))]
    public void Bad_response_sample_is_rejected_with_its_expected_located_errors(string id, string fileName)
    {
        var file = Path.Combine(BadFolder(id), fileName);
        var expectPath = file + ".expect";
        Assert.That(File.Exists(expectPath), Is.True, $"{fileName} needs a {fileName}.expect listing the rules it breaks");
        var expectedRules = File.ReadAllLines(expectPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var results = Read(id, file);
        var errors = results.SelectMany(r => r.Problems).Where(p => p.IsError).ToList();

        Assert.That(errors.Select(e => e.Rule), Is.SupersetOf(expectedRules), string.Join(Environment.NewLine, errors));
        foreach (var error in errors)
        {
            Assert.That(error.Source, Is.Not.Null, $"error without a source location: {error}");
            Assert.That(error.Source!.File, Is.EqualTo(fileName), error.ToString());
            Assert.That(error.Source.Row ?? error.Source.Line ?? (error.Source.Path is null ? null : 0L), Is.Not.Null, $"error without row, line or path: {error}");
        }
        Assert.That(results.Where(r => !r.IsAccepted && r.RecordId is not null).Select(r => r.OriginalText), Is.All.Not.Null, "rejected records keep their original text");
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Rendering_the_good_responses_and_reading_them_back_gives_the_same_responses(string id)
    {
        var adapter = Adapter(id);
        var responses = GoodRecords(id).Where(r => r.Record.IsAccepted).Select(r => r.Record.Response!).ToList();
        using var national = new MemoryStream();

        var report = adapter.RenderResponses(responses, national);

        var name = adapter.ResponseFormat.FilePatterns[0].Replace("*", "roundtrip", StringComparison.Ordinal);
        var reread = adapter.ReadResponses(SourceFile.FromBytes(name, national.ToArray())).ToList();
        Assert.That(report.Warnings.Select(w => w.ToString()), Is.Empty, "a response read from the format renders without loss");
        Assert.That(reread.SelectMany(r => r.Problems).Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        Assert.That(reread.Select(r => CanonicalJson.Serialize(r.Response!)), Is.EqualTo(responses.Select(CanonicalJson.Serialize)));
    }

    [TestCaseSource(nameof(AdapterIds))]
    public void Rendering_reports_what_the_format_cannot_hold_as_render_warnings_by_canonical_path(string id)
    {
        var adapter = Adapter(id);
        using var national = new MemoryStream();

        var report = adapter.RenderResponses([Overfull()], national);

        Assert.That(national.Length, Is.GreaterThan(0));
        Assert.That(report.Warnings, Has.All.Matches<Sdk.Diagnostics.Problem>(w => !w.IsError && w.Rule is "render.not-carried" or "render.altered" && w.CanonicalPath is not null),
            string.Join(Environment.NewLine, report.Warnings));
        var reread = adapter.ReadResponses(SourceFile.FromBytes(adapter.ResponseFormat.FilePatterns[0].Replace("*", "overfull", StringComparison.Ordinal), national.ToArray())).ToList();
        var lost = Differences(JsonNode.Parse(CanonicalJson.Serialize(Overfull())), JsonNode.Parse(CanonicalJson.Serialize(reread.Single().Response!)), "");
        var warned = report.Warnings.Select(w => w.CanonicalPath!).ToList();
        Assert.That(lost.Where(path => !warned.Any(w => path == w || path.StartsWith(w + "/", StringComparison.Ordinal))), Is.Empty,
            "every canonical value that does not read back is reported");
    }

    /// <summary>A response with every canonical field filled, more than a national format is likely to hold.</summary>
    private static CooperationResponse Overfull() => new()
    {
        ResponseId = "0190f1a2-7c3d-7e45-8a9b-1c2d3e4f5a6b",
        InResponseTo = "5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84",
        Status = ResponseStatus.PartiallyExecuted,
        CreatedAt = new DateTimeOffset(2024, 6, 12, 9, 30, 0, TimeSpan.FromHours(-5)),
        RespondingAuthority = new Authority
        {
            Country = "PE", Name = "Fiscalía de la Nación", Unit = "Unidad de Cooperación Judicial Internacional",
            Officer = new Officer { Name = "Rosa Quispe Mamani", Role = "Fiscal Provincial" },
            Contact = new Contact { Email = "ucjie@mpfn.gob.pe", Phone = "+51 1 625 5555" },
        },
        Message = "Se remite lo actuado.",
        CaseReference = "UCJIE 2024-117",
        Results =
        [
            new ResponseResult
            {
                MeasureIndex = 0, Status = ResponseStatus.Executed, Summary = "Se obtuvo la información bancaria.",
                Costs = new ExecutionCosts { Amount = new MonetaryAmount { Amount = "1500.00", Currency = "PEN" }, Extraordinary = true, Description = "Peritaje contable" },
                AttachmentFileNames = ["informe.pdf"],
            },
            new ResponseResult
            {
                MeasureIndex = 1, Status = ResponseStatus.Refused, Summary = "No procede.",
                RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.AbsenceOfDualCriminality, Explanation = "No es delito en el Perú." }],
            },
            new ResponseResult
            {
                MeasureIndex = 2, Status = ResponseStatus.Postponed, Summary = "Se aplaza.", PostponedUntil = new DateOnly(2024, 9, 30),
                Conditions = ["Con presencia del fiscal peruano."],
                InformationNeeded = [new InformationNeeded { Description = "Domicilio del testigo", By = new DateOnly(2024, 7, 15) }],
            },
            new ResponseResult
            {
                MeasureIndex = 3, Status = ResponseStatus.Forwarded, Summary = "Remitida.",
                ForwardedTo = new Authority { Country = "PE", Name = "Fiscalía Provincial de Lima", Unit = "Mesa de partes", Officer = new Officer { Name = "Juan Pérez" }, Contact = new Contact { Email = "lima@mpfn.gob.pe" } },
                SubstituteMeasure = MeasureType.DocumentProduction,
            },
        ],
        UseLimitations = [new UseLimitation { Kind = UseLimitationKind.Speciality, Text = "Sólo para el proceso indicado." }],
        Attachments =
        [
            new Attachment
            {
                FileName = "informe.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 2048,
                DocumentType = AttachmentType.Evidence, Language = "es", CopyKind = CopyKind.CertifiedCopy, SealNumber = "S-1",
            },
        ],
        Language = "es",
    };

    /// <summary>The canonical paths where <paramref name="expected"/> and <paramref name="actual"/> differ.</summary>
    private static List<string> Differences(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                var names = obj.Select(p => p.Key).Union((actual as JsonObject)?.Select(p => p.Key) ?? []);
                return [.. names.SelectMany(n => Differences(obj[n], (actual as JsonObject)?[n], $"{path}/{n}"))];
            case JsonArray array:
                var other = actual as JsonArray;
                return [.. Enumerable.Range(0, Math.Max(array.Count, other?.Count ?? 0))
                    .SelectMany(i => Differences(i < array.Count ? array[i] : null, other is not null && i < other.Count ? other[i] : null, $"{path}/{i}"))];
            default:
                if (expected is null && actual is JsonObject or JsonArray) return Differences(actual, expected, path);
                return JsonNode.DeepEquals(expected, actual) ? [] : [path];
        }
    }

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static void WriteGolden(string folder, Dictionary<string, string> produced)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        // Indented with the canonical escaping, so a reviewer reads the diff of a deliberate change (accents kept).
        foreach (var (name, json) in produced) File.WriteAllText(Path.Combine(folder, name), JsonNode.Parse(json)!.ToJsonString(CanonicalJson.Options) + "\n");
    }
}

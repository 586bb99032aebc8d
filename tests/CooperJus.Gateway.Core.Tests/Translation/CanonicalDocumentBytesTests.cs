using System.Text.Json;
using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Translation;

/// <summary>
/// The canonical document is written by hand (CanonicalDocumentWriter, through CanonicalFiles.SerializeDocument); its
/// bytes must stay those of <c>JsonSerializer.SerializeToUtf8Bytes(request, CanonicalJson.CompactOptions)</c> for
/// every request. The graphs come from <see cref="ModelGraphs"/>, which sets every public settable property of every
/// model type by reflection: a property added to the model and not written by the writer (or written out of order,
/// under another name, or formatted differently) fails the property test without anyone updating it.
/// </summary>
[TestFixture]
public sealed class CanonicalDocumentBytesTests
{
    private static string Outcome(Func<byte[]> write)
    {
        try
        {
            return Convert.ToHexString(write());
        }
        catch (JsonException e)
        {
            return "threw " + e.GetType().Name;
        }
    }

    // A small first buffer, so growing it is exercised on most documents.
    private static byte[] ByWriter(CooperationRequest request)
    {
        var writer = new CanonicalDocumentWriter(64);
        writer.Write(request);
        return writer.Written.ToArray();
    }

    private static byte[] BySerializer(CooperationRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, CanonicalJson.CompactOptions);

    /// <summary>The canonical requests of <c>samples/&lt;id&gt;/expected/</c> (the responses' goldens, in <c>responses/expected/</c>, are not requests).</summary>
    private static IEnumerable<string> GoldenDocuments() =>
        Directory.EnumerateFiles(Path.Combine(SchemaFiles.RepositoryRoot, "samples"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "expected" && !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            // samples/*/responses/expected holds canonical responses, which this writer does not write.
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) != "responses")
            .Order(StringComparer.Ordinal);

    [Test]
    public void Any_request_is_written_as_the_serializer_writes_it()
    {
        ModelGraphs.Request.Sample(request => Outcome(() => ByWriter(request)) == Outcome(() => BySerializer(request)), iter: 400);
    }

    /// <summary>Valid version 2 requests with every property in use somewhere (see <see cref="CanonicalGenerators"/>), as adapters build them.</summary>
    [Test]
    public void Any_valid_request_is_written_as_the_serializer_writes_it()
    {
        CanonicalGenerators.Request.Sample(request => Outcome(() => ByWriter(request)) == Outcome(() => BySerializer(request)), iter: 300);
    }

    [Test]
    public void The_translation_string_is_the_serializers_string()
    {
        ModelGraphs.Request.Sample(
            request => Outcome(() => System.Text.Encoding.UTF8.GetBytes(CanonicalFiles.SerializeDocument(request)))
                == Outcome(() => System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, CanonicalJson.CompactOptions))),
            iter: 200);
    }

    [Test]
    public void Every_golden_document_is_written_as_the_serializer_writes_it()
    {
        var documents = GoldenDocuments().ToList();
        Assert.That(documents, Has.Count.GreaterThanOrEqualTo(10), "the samples' expected canonical documents");
        Assert.Multiple(() =>
        {
            foreach (var path in documents)
            {
                var request = CanonicalJson.Deserialize(File.ReadAllText(path));
                Assert.That(ByWriter(request), Is.EqualTo(BySerializer(request)), Path.GetRelativePath(SchemaFiles.RepositoryRoot, path));
            }
        });
    }

    [Test]
    public void Enum_codes_are_the_sdks_canonical_codes()
    {
        var toCode = typeof(CanonicalCodes).GetMethod(nameof(CanonicalCodes.ToCode))!;
        var differing = typeof(CooperationRequest).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace == typeof(CooperationRequest).Namespace)
            .SelectMany(t => Enum.GetValues(t).Cast<object>())
            .Where(v => JsonSerializer.Serialize(v, v.GetType(), CanonicalJson.CompactOptions) != "\"" + toCode.MakeGenericMethod(v.GetType()).Invoke(null, [v]) + "\"")
            .ToList();

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void Empty_lists_and_objects_are_written_as_the_serializer_writes_them()
    {
        var request = new CooperationRequest
        {
            RequestId = "r",
            CreatedAt = DateTimeOffset.UnixEpoch,
            Language = "pt",
            IssuingAuthority = new IssuingAuthority { Country = null!, CaseReference = null!, NationalSystem = null! },
            RequestedAuthority = new RequestedAuthority { Country = "UY" },
            Facts = new Facts { Summary = null! },
            Provenance = null!,
        };

        Assert.That(ByWriter(request), Is.EqualTo(BySerializer(request)));
    }
}

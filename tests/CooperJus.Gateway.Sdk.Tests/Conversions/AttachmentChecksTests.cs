using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests.Conversions;

public sealed class AttachmentChecksTests
{
    private const string Hash = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    private static SourceLocation At(string field, string? value) =>
        new() { File = "saf_solicitudes_2024.xml", Line = 12, Path = "/SAF/Solicitud[1]/Anexo[1]", Field = field, Value = value };

    private static Attachment? Read(RecordScope scope, string? name = "oficio.pdf", string? type = "application/pdf", string? sha256 = Hash, string? size = "48213") =>
        AttachmentChecks.Read(scope, "/attachments/0", At("@nombre", name), At("@tipo", type), At("@sha256", sha256), At("@bytes", size));

    [Test]
    public void Reads_the_four_fields_carrying_the_hash_in_lower_case_with_lineage_for_each()
    {
        var scope = new RecordScope();

        var attachment = Read(scope, name: " oficio.pdf ");

        Assert.That((attachment?.FileName, attachment?.MediaType, attachment?.Sha256, attachment?.Size), Is.EqualTo(("oficio.pdf", "application/pdf", Hash.ToLowerInvariant(), 48213L)));
        Assert.That(scope.Problems, Is.Empty);
        Assert.That(scope.Lineage.Entries.Select(e => (e.CanonicalPath, e.Conversion)), Is.EqualTo(new[]
        {
            ("/attachments/0/fileName", "copy"),
            ("/attachments/0/mediaType", "copy"),
            ("/attachments/0/sha256", AttachmentChecks.Sha256Conversion),
            ("/attachments/0/size", AttachmentChecks.SizeConversion),
        }));
    }

    [Test]
    public void Refuses_a_file_name_with_folders()
    {
        var scope = new RecordScope();

        Assert.That(Read(scope, name: "docs/oficio.pdf"), Is.Null);
        Assert.That(scope.Problems.Single(), Is.EqualTo(Problem.Error("attachment.invalid-file-name", "@nombre is 'docs/oficio.pdf': expected a file name without folders.", At("@nombre", "docs/oficio.pdf"), "/attachments/0/fileName")));
    }

    [Test]
    public void Refuses_a_media_type_without_its_subtype()
    {
        var scope = new RecordScope();

        Assert.That(Read(scope, type: "pdf"), Is.Null);
        Assert.That(scope.Problems.Single(), Is.EqualTo(Problem.Error("attachment.invalid-media-type", "@tipo is 'pdf': expected a media type such as application/pdf.", At("@tipo", "pdf"), "/attachments/0/mediaType")));
    }

    [Test]
    public void Accepts_a_media_type_with_parameters()
    {
        var scope = new RecordScope();

        Assert.That(Read(scope, type: "text/plain; charset=utf-8")?.MediaType, Is.EqualTo("text/plain; charset=utf-8"));
    }

    [TestCase("9f86d0")]
    [TestCase("zz86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    public void Refuses_a_hash_that_is_not_64_hexadecimal_digits(string sha256)
    {
        var scope = new RecordScope();

        Assert.That(Read(scope, sha256: sha256), Is.Null);
        Assert.That(scope.Problems.Single(), Is.EqualTo(Problem.Error("attachment.invalid-sha256", $"@sha256 is '{sha256}': expected the SHA-256 of the file as 64 hexadecimal digits.", At("@sha256", sha256), "/attachments/0/sha256")));
    }

    [TestCase("-1")]
    [TestCase("4.5")]
    [TestCase("48 213")]
    public void Refuses_a_size_that_is_not_a_whole_number_of_bytes(string size)
    {
        var scope = new RecordScope();

        Assert.That(Read(scope, size: size), Is.Null);
        Assert.That(scope.Problems.Single(), Is.EqualTo(Problem.Error("attachment.invalid-size", $"@bytes is '{size}': expected the size of the file in bytes, a whole number.", At("@bytes", size), "/attachments/0/size")));
    }

    [Test]
    public void Reports_every_missing_field_as_required()
    {
        var scope = new RecordScope();

        Assert.That(Read(scope, null, "", " ", null), Is.Null);
        Assert.That(scope.Problems.Select(p => (p.Rule, p.Message)), Is.EqualTo(new[]
        {
            ("required", "@nombre is required and is empty."),
            ("required", "@tipo is required and is empty."),
            ("required", "@sha256 is required and is empty."),
            ("required", "@bytes is required and is empty."),
        }));
    }

    [Test]
    public void An_attachment_is_writable_only_when_it_would_read_back()
    {
        var good = new Attachment { FileName = "oficio.pdf", MediaType = "application/pdf", Sha256 = Hash, Size = 0 };

        Assert.That(AttachmentChecks.IsWritable(good), Is.True);
        Assert.That(AttachmentChecks.IsWritable(good with { FileName = @"C:\oficio.pdf" }), Is.False);
        Assert.That(AttachmentChecks.IsWritable(good with { MediaType = "application" }), Is.False);
        Assert.That(AttachmentChecks.IsWritable(good with { Sha256 = "abc" }), Is.False);
        Assert.That(AttachmentChecks.IsWritable(good with { Size = -1 }), Is.False);
    }
}

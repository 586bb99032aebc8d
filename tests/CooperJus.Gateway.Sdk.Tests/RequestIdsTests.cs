using System.Security.Cryptography;
using System.Text;
using CsCheck;

namespace CooperJus.Gateway.Sdk.Tests;

public sealed class RequestIdsTests
{
    [Test]
    public void Id_is_the_name_based_UUID_of_country_system_and_reference()
    {
        // Pinned: ids already sent to partners must never change meaning. Computed independently as SHA-256 of
        // "PE|SGF|SGF-2024-000123", first 16 bytes, version 8 and the RFC 9562 variant.
        Assert.That(RequestIds.FromNationalReference("PE", "SGF", "SGF-2024-000123"), Is.EqualTo("fb3bb051-c84d-8d96-8aa9-900a1d0b66d7"));
    }

    [Test]
    public void Same_record_gives_the_same_id_whatever_the_case_of_country_and_system()
    {
        var id = RequestIds.FromNationalReference("PE", "SGF", "SGF-2024-000123");

        Assert.That(RequestIds.FromNationalReference("pe", "sgf", "SGF-2024-000123"), Is.EqualTo(id));
        Assert.That(RequestIds.FromNationalReference("PE", "SGF", "  SGF-2024-000123 "), Is.EqualTo(id));
    }

    [TestCase("PE", "SGF", "SGF-2024-000124")]
    [TestCase("BR", "SGF", "SGF-2024-000123")]
    [TestCase("PE", "UNICO", "SGF-2024-000123")]
    [TestCase("PE", "SGF", "sgf-2024-000123")]
    public void Different_records_give_different_ids(string country, string system, string reference) =>
        Assert.That(RequestIds.FromNationalReference(country, system, reference), Is.Not.EqualTo(RequestIds.FromNationalReference("PE", "SGF", "SGF-2024-000123")));

    [Test]
    public void Id_is_a_version_8_RFC_9562_UUID()
    {
        var id = RequestIds.FromNationalReference("ES", "FORTUNY", "DP 123/2024");

        Assert.That(id, Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    }

    // The name is now upper-cased, trimmed and encoded in a stack buffer; the id must be the one the plain string
    // formula gives, for any text (accents, other scripts, surrounding spaces, long references).
    [Test]
    public void Id_is_the_plain_string_formula_for_any_text()
    {
        var part = Gen.OneOf(Gen.String, Gen.String[Gen.Char["abcXYZ ñçß\u00A0-/0123"], 0, 300]);
        Gen.Select(part, part, part).Sample((country, system, reference) =>
            Assert.That(RequestIds.FromNationalReference(country, system, reference), Is.EqualTo(PlainFormula(country, system, reference))), iter: 300);
    }

    private static string PlainFormula(string country, string system, string reference)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{country.ToUpperInvariant()}|{system.ToUpperInvariant()}|{reference.Trim()}"));
        var bytes = hash.AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}

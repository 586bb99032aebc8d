using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Gateway.Sdk.Tests.Conversions;

public sealed class TextKeysTests
{
    [TestCase("  España ", "ESPANA")]
    [TestCase("ESPANA", "ESPANA")]
    [TestCase("Ñandú", "NANDU")]
    [TestCase("Conceição", "CONCEICAO")]
    [TestCase("Extracción   ilegal\tde bienes", "EXTRACCION ILEGAL DE BIENES")]
    [TestCase("", "")]
    public void Normalizes_case_accents_and_spaces(string text, string expected) =>
        Assert.That(TextKeys.Normalize(text), Is.EqualTo(expected));

    [Test]
    public void Replaces_unpaired_surrogates_instead_of_throwing()
    {
        // Regression: string.Normalize threw ArgumentException on invalid UTF-16 from damaged exports. (Written in
        // code, not [TestCase]: attribute strings are stored as UTF-8, which cannot carry a lone surrogate.)
        Assert.That(TextKeys.Normalize("Espa\uD800ña"), Is.EqualTo("ESPA\uFFFDNA"));
        Assert.That(TextKeys.Normalize("\uDC00"), Is.EqualTo("\uFFFD"));
        Assert.That(TextKeys.Normalize("ok\uD800"), Is.EqualTo("OK\uFFFD"));
        Assert.That(TextKeys.Normalize("a\uD83D\uDE00b"), Is.EqualTo("A\uD83D\uDE00B"));
    }

    [Test]
    public void Null_is_a_programming_error() =>
        Assert.That(() => TextKeys.Normalize(null!), Throws.ArgumentNullException);
}

using System.Globalization;
using System.Text;
using CooperJus.Gateway.Sdk.Conversions;
using CsCheck;

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

    [TestCase("PERSONA")]
    [TestCase("Lei 9613/1998 art. 1")]
    [TestCase(" a\t\tb ")]
    [TestCase("A  B")]
    [TestCase("\u0001x\u001Fy")]
    public void Ascii_text_gets_the_key_the_full_normalisation_gives(string text) =>
        Assert.That(TextKeys.Normalize(text), Is.EqualTo(FullNormalisation(text)));

    [Test]
    public void Any_ascii_text_gets_the_key_the_full_normalisation_gives() =>
        Gen.String[Gen.Char[(char)0, (char)127], 0, 40].Sample(text => TextKeys.Normalize(text) == FullNormalisation(text), iter: 500);

    [Test]
    public void Null_is_a_programming_error() =>
        Assert.That(() => TextKeys.Normalize(null!), Throws.ArgumentNullException);

    /// <summary>The normalisation step by step, without the shortcuts: decomposition, accents dropped, spaces collapsed, upper case.</summary>
    private static string FullNormalisation(string text)
    {
        var key = new StringBuilder();
        var lastWasSpace = false;
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) key.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            key.Append(char.ToUpperInvariant(c));
        }
        return key.ToString();
    }
}

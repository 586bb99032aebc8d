using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.BR.Conversions;

/// <summary>
/// Brazilian offences are cited as a statute (<c>diploma</c>) and an article (<c>artigo</c>), each written in several
/// ways. The national code keeps them as written (<c>Lei 9.613/1998 art. 1º</c>); the key looked up in
/// <c>offences.csv</c> is normalised (<c>Lei 9613/1998 art. 1</c>) so the same offence always finds its ICCS code.
/// </summary>
internal static partial class OffenceKeys
{
    /// <summary>Conversion name recorded in lineage for the joined national code.</summary>
    public const string JoinConversion = "join-offence-code";

    private const string ArticleSeparator = " art. ";

    /// <summary>The national code: statute and article as written, joined with <c> art. </c>.</summary>
    public static string NationalCode(string diploma, string? artigo)
    {
        var article = artigo is null ? "" : ArticlePrefix().Replace(artigo.Trim(), "");
        return article.Length == 0 ? diploma.Trim() : diploma.Trim() + ArticleSeparator + article;
    }

    /// <summary>Splits a national code back into statute and article (at the last <c> art. </c>).</summary>
    public static (string Diploma, string? Artigo) Split(string nationalCode)
    {
        var at = nationalCode.LastIndexOf(ArticleSeparator, StringComparison.Ordinal);
        return at <= 0 ? (nationalCode, null) : (nationalCode[..at], nationalCode[(at + ArticleSeparator.Length)..]);
    }

    /// <summary>The lookup key of <c>offences.csv</c>, using <paramref name="diplomas"/> for the statute's other names.</summary>
    public static string LookupKey(string diploma, string? artigo, CodeList diplomas)
    {
        ArgumentNullException.ThrowIfNull(diplomas);
        var statute = DotInNumber().Replace(NumberSign().Replace(diploma, " "), "");
        statute = diplomas.Find(statute)?[BrazilCodeLists.KeyColumn] ?? statute.Trim();
        if (artigo is null) return statute;
        var article = Article().Match(artigo);
        var articleKey = article.Success
            ? article.Groups["n"].Value + (article.Groups["l"].Success ? "-" + article.Groups["l"].Value.ToUpperInvariant() : "")
            : artigo.Trim();
        return statute + ArticleSeparator + articleKey;
    }

    [GeneratedRegex(@"^(?:art\.|artigo)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePrefix();

    [GeneratedRegex(@"\s*\b[Nn](?:\.\s*)?[º°]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"(?<=\d)\.(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DotInNumber();

    [GeneratedRegex(@"^\s*(?:(?:art\.|artigo)\s*)?(?<n>\d+)\s*(?:[º°ª]|o\b)?(?:\s*-\s*(?<l>[A-Za-z])\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}

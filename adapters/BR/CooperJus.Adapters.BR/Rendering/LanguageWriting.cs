namespace CooperJus.Adapters.BR.Rendering;

/// <summary>A BCP 47 tag as the layout writes a language: the first row of <c>languages.csv</c> that gives the tag (its Portuguese name).</summary>
internal static class LanguageWriting
{
    public static string? Name(BrazilCodeLists lists, string tag) => lists.Languages.FindBy(BrazilCodeLists.LanguageColumn, tag)?.Key;
}

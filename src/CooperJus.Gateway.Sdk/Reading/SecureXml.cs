using System.Xml;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// The settings every XML reader of a national export uses: a document type declaration is refused at the
/// <c>&lt;!DOCTYPE</c> itself, so no external entity is fetched, no DTD is loaded and no entity is expanded (billion
/// laughs and quadratic blow-ups cost nothing); there is no resolver at all.
/// </summary>
public static class SecureXml
{
    /// <summary>
    /// New reader settings: DTDs prohibited, no <see cref="XmlResolver"/>, comments and processing instructions
    /// ignored, <see cref="XmlReaderSettings.MaxCharactersFromEntities"/> 1 (0 would mean "unlimited" to .NET), the
    /// input left open (the adapter owns its stream).
    /// </summary>
    /// <param name="ignoreWhitespace">Whether insignificant white space is skipped (a record-per-element export does).</param>
    /// <param name="maxCharactersInDocument">The most characters a document may hold; 0 for no limit (a streamed export is read one record at a time).</param>
    public static XmlReaderSettings ReaderSettings(bool ignoreWhitespace = true, long maxCharactersInDocument = 0) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = ignoreWhitespace,
        CloseInput = false,
        MaxCharactersInDocument = maxCharactersInDocument,
        MaxCharactersFromEntities = 1,
    };
}

using System.Xml;
using System.Xml.Linq;

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

    /// <summary>
    /// Loads the element <paramref name="subtree"/> stands on (a reader from <see cref="XmlReader.ReadSubtree"/>), or
    /// returns null when it nests elements more than <paramref name="maxDepth"/> levels deep, counting itself as the
    /// first level. Building a deeply nested subtree costs time that grows faster than
    /// its size (a record 40,000 levels deep took seconds), so a hostile file would otherwise stall the reader; the
    /// caller reports the record as too deep.
    /// </summary>
    /// <param name="subtree">A reader over one element, positioned before or on it.</param>
    /// <param name="maxDepth">How many levels of elements it may nest, itself included (itself and its children: 2).</param>
    /// <param name="options">How to load it, typically <see cref="LoadOptions.SetLineInfo"/> to locate errors.</param>
    /// <returns>The element, or null when it nests too deep.</returns>
    public static XElement? LoadWithinDepth(XmlReader subtree, int maxDepth, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(subtree);
        try
        {
            return XElement.Load(new DepthLimitedXmlReader(subtree, maxDepth), options);
        }
        catch (XmlTooDeepException)
        {
            // The caller disposes the subtree reader, which moves past the element's end, reading it once.
            return null;
        }
    }
}

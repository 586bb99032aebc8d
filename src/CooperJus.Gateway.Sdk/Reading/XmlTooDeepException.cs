namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>Thrown by <see cref="DepthLimitedXmlReader"/>: the record nests deeper than the format allows; nothing of it is loaded.</summary>
internal sealed class XmlTooDeepException : Exception
{
    public XmlTooDeepException()
        : base("The record nests elements deeper than the format allows.")
    {
    }
}

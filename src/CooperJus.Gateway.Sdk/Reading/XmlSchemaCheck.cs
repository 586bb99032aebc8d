using System.Xml.Linq;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Compares a loaded record with the format's table of elements: unknown elements and attributes are warnings
/// (<c>xml.unknown-element</c>: the record goes through, the office learns its export has something the gateway
/// ignores); a non-repeatable element written twice is an error (<c>xml.duplicate-element</c>), since picking one of
/// two different values would be a guess.
/// </summary>
public static class XmlSchemaCheck
{
    private static readonly XNamespace SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// Checks <paramref name="element"/> and everything in it against <paramref name="elements"/> (keyed by local
    /// name: a format whose names mean the same wherever they stand), reporting into <paramref name="scope"/>.
    /// </summary>
    /// <param name="element">The record, or any element of it that <paramref name="elements"/> has a rule for.</param>
    /// <param name="scope">The record's scope, which gets the warnings and errors.</param>
    /// <param name="elements">Every element of the format and its rule.</param>
    /// <param name="formatName">The format's short name in messages (<c>SAF</c>: "is not part of a SAF Solicitud").</param>
    public static void Run(XmlSourceElement element, RecordScope scope, IReadOnlyDictionary<string, XmlElementRule> elements, string formatName)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(elements);
        var rule = elements[element.Name];
        CheckAttributes(element, rule, scope, formatName);
        foreach (var child in element.Children)
        {
            if (child.Element.Name.Namespace != element.Namespace || !rule.Children.TryGetValue(child.Name, out var repeatable))
            {
                scope.Warning("xml.unknown-element", $"Element '{child.Element.Name.LocalName}' is not part of a {formatName} {element.Name}; it is ignored.", child.Location);
                continue;
            }
            if (!repeatable && child.Index > 1)
                scope.Error("xml.duplicate-element", $"{element.Name} may hold one {child.Name} only; this is another one.", child.Location);
            Run(child, scope, elements, formatName);
        }
    }

    private static void CheckAttributes(XmlSourceElement element, XmlElementRule rule, RecordScope scope, string formatName)
    {
        foreach (var attribute in element.Element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace == SchemaInstance) continue;
            if (attribute.Name.Namespace == XNamespace.None && rule.Attributes.Contains(attribute.Name.LocalName)) continue;
            var at = element.Location with { Field = "@" + attribute.Name.LocalName, Value = attribute.Value, Line = XmlSourceElement.LineOf(attribute) ?? element.Line };
            scope.Warning("xml.unknown-element", $"Attribute '{attribute.Name.LocalName}' is not part of a {formatName} {element.Name}; it is ignored.", at);
        }
    }
}

using System.Xml.Linq;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// Compares a loaded <c>Solicitud</c> with <see cref="SafSchema"/>: unknown elements and attributes are warnings
/// (<c>xml.unknown-element</c>: the record goes through, the office learns its export has something the gateway
/// ignores); a non-repeatable element written twice is an error (<c>xml.duplicate-element</c>), since picking one of
/// two different values would be a guess.
/// </summary>
internal static class SchemaCheck
{
    private static readonly XNamespace SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Run(SafElement element, RecordScope scope) => Run(element, scope, SafSchema.Elements);

    /// <summary>Checks <paramref name="element"/> against <paramref name="elements"/>: the request table or the response table.</summary>
    public static void Run(SafElement element, RecordScope scope, IReadOnlyDictionary<string, ElementRule> elements)
    {
        var rule = elements[element.Name];
        CheckAttributes(element, rule, scope);
        foreach (var child in element.Children)
        {
            if (child.Element.Name.Namespace != SafSchema.Namespace || !rule.Children.TryGetValue(child.Name, out var repeatable))
            {
                scope.Warning("xml.unknown-element", $"Element '{child.Element.Name.LocalName}' is not part of a SAF {element.Name}; it is ignored.", child.Location);
                continue;
            }
            if (!repeatable && child.Index > 1)
                scope.Error("xml.duplicate-element", $"{element.Name} may hold one {child.Name} only; this is another one.", child.Location);
            Run(child, scope, elements);
        }
    }

    private static void CheckAttributes(SafElement element, ElementRule rule, RecordScope scope)
    {
        foreach (var attribute in element.Element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace == SchemaInstance) continue;
            if (attribute.Name.Namespace == XNamespace.None && rule.Attributes.Contains(attribute.Name.LocalName)) continue;
            var at = element.Location with { Field = "@" + attribute.Name.LocalName, Value = attribute.Value, Line = SafElement.LineOf(attribute) ?? element.Line };
            scope.Warning("xml.unknown-element", $"Attribute '{attribute.Name.LocalName}' is not part of a SAF {element.Name}; it is ignored.", at);
        }
    }
}

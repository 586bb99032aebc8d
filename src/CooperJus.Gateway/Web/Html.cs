using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Builds an HTML page where every value is encoded: <see cref="Text"/> and <see cref="Attribute"/> encode whatever
/// they are given (a case reference <c>&lt;script&gt;</c> shows as text), and only the page templates' own constant
/// markup goes through <see cref="Markup"/>. The encoder leaves letters of every script alone (names with accents stay
/// readable in the source) but encodes every character that means something in HTML, quotes included.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _page = new();

    /// <summary>Encodes <paramref name="value"/> for an element's content or a double-quoted attribute value.</summary>
    public static string Encode(string? value) => value is null ? "" : Encoder.Encode(value);

    /// <summary>Appends constant markup of a page template; never a value from the store, a form or a user.</summary>
    public Html Markup(string markup)
    {
        _page.Append(markup);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> encoded.</summary>
    public Html Text(string? value)
    {
        _page.Append(Encode(value));
        return this;
    }

    /// <summary>Appends <c> name="value"</c> with the value encoded.</summary>
    public Html Attribute(string name, string? value)
    {
        _page.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        return this;
    }

    /// <summary>Appends <c>&lt;tag&gt;value&lt;/tag&gt;</c> with the value encoded.</summary>
    public Html Element(string tag, string? value, string? cssClass = null)
    {
        _page.Append('<').Append(tag);
        if (cssClass is not null) Attribute("class", cssClass);
        _page.Append('>').Append(Encode(value)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends a link to <paramref name="path"/> (a path of this site) with <paramref name="text"/>.</summary>
    public Html Link(string path, string? text)
    {
        Markup("<a").Attribute("href", path).Markup(">").Text(text).Markup("</a>");
        return this;
    }

    /// <summary>Appends a hidden form field.</summary>
    public Html Hidden(string name, string? value) => Markup("<input type=\"hidden\"").Attribute("name", name).Attribute("value", value).Markup(">");

    /// <summary>The page so far.</summary>
    public override string ToString() => _page.ToString();
}

using System.Text;
using System.Xml;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Rendering;
using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Rendering;

public sealed class XmlRenderOutputTests
{
    private static readonly XNamespace Format = "urn:test:format";

    private static (XElement Written, RenderScope Scope) Write(Action<XmlRenderOutput> write)
    {
        var scope = new RenderScope(Some.Request(), 0, "the test format", new CarriedPaths());
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            var output = new XmlRenderOutput(writer, scope, Format.NamespaceName);
            output.Start("Raiz");
            write(output);
            output.End();
        }
        return (XElement.Parse(text.ToString()), scope);
    }

    [Test]
    public void Writes_elements_and_attributes_in_the_formats_namespace_and_skips_null_values()
    {
        var (written, scope) = Write(output =>
        {
            output.Code("version", "1.0");
            output.Attribute("lugar", "Cusco", "/facts/place");
            output.Attribute("vacio", null, "/facts/period");
            output.Element("Resumen", "Extracción ilegal de un huaco", "/facts/summary");
            output.Element("Nada", null, "/facts/summary");
            output.CData("Hechos", "a ]]> b", "/facts/summary");
        });

        Assert.That(written.Name, Is.EqualTo(Format + "Raiz"));
        Assert.That((string?)written.Attribute("version"), Is.EqualTo("1.0"));
        Assert.That((string?)written.Attribute("lugar"), Is.EqualTo("Cusco"));
        Assert.That(written.Attribute("vacio"), Is.Null);
        Assert.That(written.Element(Format + "Resumen")?.Value, Is.EqualTo("Extracción ilegal de un huaco"));
        Assert.That(written.Element(Format + "Nada"), Is.Null);
        Assert.That(written.Element(Format + "Hechos")?.Value, Is.EqualTo("a ]]> b"));
        Assert.That(scope.Warnings, Is.Empty);
    }

    [Test]
    public void Replaces_characters_XML_cannot_hold_and_reports_the_value_as_altered()
    {
        var (written, scope) = Write(output => output.Element("Lugar", "Cus\u0001co", "/facts/place"));

        Assert.That(written.Element(Format + "Lugar")?.Value, Is.EqualTo("Cus\uFFFDco"));
        var warning = scope.Warnings.Single();
        Assert.That((warning.Rule, warning.CanonicalPath), Is.EqualTo((RenderRules.Altered, "/facts/place")));
        Assert.That(warning.Message, Does.Contain("it reads back as \"Cus\uFFFDco\""));
    }

    [Test]
    public void Reports_carriage_returns_in_element_text_but_not_in_attributes()
    {
        var (written, scope) = Write(output =>
        {
            output.Attribute("lugar", "Cusco\r\nPerú", "/facts/place");
            output.Element("Resumen", "línea 1\r\nlínea 2", "/facts/summary");
        });

        Assert.That((string?)written.Attribute("lugar"), Is.EqualTo("Cusco\r\nPerú"));
        Assert.That(scope.Warnings.Select(w => w.CanonicalPath), Is.EqualTo(new[] { "/facts/summary" }));
    }

    [Test]
    public void Reports_surrounding_white_space_that_reading_trims()
    {
        var (_, scope) = Write(output => output.Text("  Cusco ", "/facts/place"));

        Assert.That(scope.Warnings.Single().Message, Does.Contain("it reads back as \"Cusco\""));
    }

    [Test]
    public void Keeps_a_valid_surrogate_pair()
    {
        var (written, scope) = Write(output => output.Element("Nota", "sello 𓂀", "/facts/summary"));

        Assert.That(written.Element(Format + "Nota")?.Value, Is.EqualTo("sello 𓂀"));
        Assert.That(scope.Warnings, Is.Empty);
    }
}

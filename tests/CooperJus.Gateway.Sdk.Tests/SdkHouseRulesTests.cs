using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests;

/// <summary>The rules every adapter relies on, checked on the built SDK assembly.</summary>
public sealed partial class SdkHouseRulesTests
{
    private static readonly Assembly Sdk = typeof(CooperationRequest).Assembly;

    [Test]
    public void Sdk_references_nothing_but_the_framework_and_CsvHelper()
    {
        // Each adapter runs in its own load context sharing only the SDK: a third-party dependency here would be
        // loaded twice, in versions the adapters cannot choose. CsvHelper is the one exception, for the CSV reader,
        // and only behind the SDK's own types (next test).
        var frameworkDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var outside = Sdk.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name != "CsvHelper")
            .Where(name => !FrameworkName().IsMatch(name) || !File.Exists(Path.Combine(frameworkDirectory, name + ".dll")));

        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void No_CsvHelper_type_appears_in_the_public_api()
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var shown = Sdk.GetExportedTypes()
            .SelectMany(t => t.GetMembers(flags).SelectMany(m => TypesOf(m)).Append(t.BaseType).Concat(t.GetInterfaces()).Select(type => (t, type)))
            .Where(p => p.type?.Assembly.GetName().Name == "CsvHelper")
            .Select(p => $"{p.t.FullName}: {p.type}");

        Assert.That(shown, Is.Empty);
    }

    private static IEnumerable<Type?> TypesOf(MemberInfo member) => member switch
    {
        MethodBase method => method.GetParameters().Select(p => p.ParameterType).Append((method as MethodInfo)?.ReturnType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        EventInfo @event => [@event.EventHandlerType],
        _ => [],
    };

    [Test]
    public void Every_public_sdk_type_has_xml_documentation()
    {
        var documented = DocumentedMembers();
        var undocumented = Sdk.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.TryGetValue(id, out var summary) || string.IsNullOrWhiteSpace(summary));

        Assert.That(undocumented, Is.Empty);
    }

    [Test]
    public void Every_public_property_has_xml_documentation()
    {
        var documented = DocumentedMembers();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var undocumented = Sdk.GetExportedTypes()
            .SelectMany(t => t.GetProperties(flags).Select(p => $"P:{t.FullName!.Replace('+', '.')}.{p.Name}{IndexParameters(p)}"))
            .Where(id => !documented.ContainsKey(id));

        Assert.That(undocumented, Is.Empty);
    }

    [Test]
    public void Implementation_types_stay_internal()
    {
        var rulesExposed = Sdk.GetExportedTypes().Where(t => t.Namespace?.EndsWith(".Rules", StringComparison.Ordinal) == true);

        Assert.That(rulesExposed, Is.Empty);
    }

    private static string IndexParameters(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        return parameters.Length == 0 ? "" : $"({string.Join(",", parameters.Select(p => p.ParameterType.FullName))})";
    }

    private static Dictionary<string, string> DocumentedMembers()
    {
        var path = Path.ChangeExtension(Sdk.Location, ".xml");
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: the SDK must generate its XML documentation.");
        return XDocument.Load(path).Descendants("member")
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => string.Concat(g.First().Elements().Select(e => e.Value)), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^(System(\..+)?|Microsoft\..+|netstandard|mscorlib)$", RegexOptions.CultureInvariant)]
    private static partial Regex FrameworkName();
}

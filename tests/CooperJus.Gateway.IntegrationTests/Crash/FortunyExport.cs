using System.Xml;
using System.Xml.Linq;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>What Spain's national system finds in its export folder: the Fortuny XML files and the requests they hold.</summary>
internal static class FortunyExport
{
    /// <summary>The finished national files (the exporter's temporary files start with a dot; its notes end in .txt).</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "fortuny_*.xml").Where(f => f.EndsWith(".xml", StringComparison.Ordinal))
            : [];

    /// <summary>Every <c>Solicitud/@referencia</c> of every file, with the files it appears in; and files that do not parse.</summary>
    public static (Dictionary<string, List<string>> Files, List<string> Unreadable) References(string folder)
    {
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        foreach (var file in Files(folder))
        {
            try
            {
                foreach (var solicitud in XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "Solicitud"))
                {
                    var reference = (string?)solicitud.Attribute("referencia") ?? "(no referencia)";
                    if (!references.TryGetValue(reference, out var files)) references[reference] = files = [];
                    files.Add(Path.GetFileName(file));
                }
            }
            catch (XmlException e)
            {
                unreadable.Add($"{Path.GetFileName(file)}: {e.Message}");
            }
        }
        return (references, unreadable);
    }
}

using System.Xml.Linq;

namespace CooperJus.Gateway.IntegrationTests.Scaffold;

/// <summary>The outcome and failure message of each test of a VSTest results file (.trx), by test name.</summary>
internal static class TestRunResults
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public sealed record Outcome(string Result, string Message);

    public static IReadOnlyDictionary<string, Outcome> Read(string trxFile) =>
        XDocument.Load(trxFile).Descendants(Trx + "UnitTestResult").ToDictionary(
            r => (string)r.Attribute("testName")!,
            r => new Outcome((string)r.Attribute("outcome")!, (string?)r.Element(Trx + "Output")?.Element(Trx + "ErrorInfo")?.Element(Trx + "Message") ?? ""),
            StringComparer.Ordinal);
}

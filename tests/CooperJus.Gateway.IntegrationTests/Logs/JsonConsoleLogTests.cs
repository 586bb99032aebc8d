using System.Text.Json;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Crash;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Logs;

/// <summary>
/// Two real gateway processes with the defaults an operator gets (Information) and the documented JSON console
/// format (docs/logging.md): Peru's samples go to Spain while a load balancer probes both listeners. Every line is one
/// JSON object a log shipper can read, every line of the gateway's own categories has an event id in the documented
/// ranges, and the probes write nothing.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class JsonConsoleLogTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();
    private List<string> _lines = [];

    [OneTimeSetUp]
    public async Task RunTheExchange()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var spain = LocalGateway.Create(_folder.Path, "es", "ES", "ES", "logs");
        using var peru = LocalGateway.Create(_folder.Path, "pe", "PE", "PE", "logs");
        var settings = LocalGateway.QuickTimings
            // Information, as the gateway's defaults have it (LocalGateway quiets its gateways to Warning); Microsoft.AspNetCore is left to the defaults.
            .Append(new("Logging:LogLevel:Default", "Information"))
            .Append(new("Logging:Console:FormatterName", "json")).ToList();
        spain.WriteConfig(spain.Settings(peru, RepositoryPaths.BuiltAdapters, settings));
        peru.WriteConfig(peru.Settings(spain, RepositoryPaths.BuiltAdapters, settings));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var receiver = new GatewayProcess(spain, http, keptLines: int.MaxValue);
        using var sender = new GatewayProcess(peru, http, keptLines: int.MaxValue);
        await Task.WhenAll(receiver.StartAsync(timeout.Token), sender.StartAsync(timeout.Token));

        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "PE"), "solicitudes_*.csv"))
        {
            File.WriteAllBytes(Path.Combine(peru.IntakeFolder, Path.GetFileName(file) + ".part"), File.ReadAllBytes(file));
            File.Move(Path.Combine(peru.IntakeFolder, Path.GetFileName(file) + ".part"), Path.Combine(peru.IntakeFolder, Path.GetFileName(file)));
        }
        for (var i = 0; i < 5; i++)
            foreach (var url in new[] { peru.HealthUrl, peru.DetailedHealthUrl, spain.HealthUrl })
                using (await http.GetAsync(url, timeout.Token)) { }
        await Eventually.Until(() => sender.Printed.Contains("\"EventId\":2001", StringComparison.Ordinal) && receiver.Printed.Contains("\"EventId\":3001", StringComparison.Ordinal),
            "Peru to log a delivery and Spain an export", Patience);
        sender.Kill();
        receiver.Kill();
        _lines = (sender.Printed + Environment.NewLine + receiver.Printed).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("--- ", StringComparison.Ordinal)).ToList(); // GatewayProcess's own markers (start, killed).
    }

    [OneTimeTearDown]
    public void Dispose() => _folder.Dispose();

    [Test]
    public void Every_line_is_one_json_object_with_the_documented_fields()
    {
        var odd = _lines.Where(line => Parse(line) is not { ValueKind: JsonValueKind.Object } o
            || !o.TryGetProperty("EventId", out _) || !o.TryGetProperty("LogLevel", out _) || !o.TryGetProperty("Category", out _)
            || !o.TryGetProperty("Message", out _)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_lines, Has.Count.GreaterThan(10));
            Assert.That(odd, Is.Empty, "lines that are not one JSON object with EventId, LogLevel, Category and Message");
        }
    }

    [Test]
    public void Every_line_of_the_gateway_has_an_event_id_in_the_documented_ranges()
    {
        var gateway = _lines.Select(Parse).OfType<JsonElement>()
            .Where(e => e.GetProperty("Category").GetString()!.StartsWith("CooperJus.", StringComparison.Ordinal)).ToList();
        var ids = gateway.Select(e => e.GetProperty("EventId").GetInt32()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Has.Some.InRange(1001, 1002).And.Some.EqualTo(2001).And.Some.EqualTo(3001), "intake, delivery and export were logged");
            Assert.That(ids, Has.All.InRange(1000, 8999), "no gateway line without an event id (0) or outside the ranges");
        }
    }

    [Test]
    public void Health_probes_write_nothing_while_start_and_stop_of_the_host_are_logged()
    {
        var entries = _lines.Select(Parse).OfType<JsonElement>().ToList();
        var aspNetCore = entries.Where(e => e.GetProperty("Category").GetString()!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            && e.GetProperty("LogLevel").GetString() is "Information" or "Debug" or "Trace").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(aspNetCore, Is.Empty, "ASP.NET Core's per-request lines are below the default level");
            Assert.That(entries.Count(e => e.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime"), Is.GreaterThanOrEqualTo(2), "each host says it started");
        }
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

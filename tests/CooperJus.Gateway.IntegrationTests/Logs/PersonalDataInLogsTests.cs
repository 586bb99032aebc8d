using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Crash;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Logs;

/// <summary>
/// Two real gateway processes logging at Debug, everything they print captured: Peru's samples (good and bad) are
/// sent to Spain, Spain's side refuses one request with a reason that quotes the person's name and identity number,
/// and Spain is sent junk and a signed envelope whose payload breaks the schema. No name or identity number of the
/// samples appears in what either process printed, while the partner's full reason is kept in the store; and neither
/// store's search index gives an identity number away to someone who hashes candidates without the search key.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PersonalDataInLogsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();
    private LocalGateway _spain = null!;
    private LocalGateway _peru = null!;
    private string _printed = "";
    private string? _quotedReason;

    [OneTimeSetUp]
    public async Task RunTheExchange()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var cancellationToken = timeout.Token;
        _spain = LocalGateway.Create(_folder.Path, "es", "ES", "ES", "pii");
        _peru = LocalGateway.Create(_folder.Path, "pe", "PE", "PE", "pii");
        await using var partner = await RejectingPartner.StartAsync(_spain.Url, _spain.Key, _spain.Id);
        var debug = LocalGateway.QuickTimings.Append(new("Logging:LogLevel:Default", "Debug")).ToList();
        _spain.WriteConfig(_spain.Settings(_peru, RepositoryPaths.BuiltAdapters, debug));
        _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters, debug.Append(new("PartnerDirectory:Partners:0:Url", partner.Url))));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var receiver = new GatewayProcess(_spain, http, keptLines: int.MaxValue);
        using var sender = new GatewayProcess(_peru, http, keptLines: int.MaxValue);
        await Task.WhenAll(receiver.StartAsync(cancellationToken), sender.StartAsync(cancellationToken));

        var dropped = DropSamples(_peru.IntakeFolder);
        await SendHostileEnvelopesAsync(http, _spain, _peru);
        await Eventually.Until(() => sender.Printed.Contains("dead-lettered", StringComparison.Ordinal) && ExportedFiles(_spain) >= 1,
            "Peru to log the refused request and Spain to export the other one", Patience);
        await Eventually.Until(() => Directory.GetFiles(_peru.IntakeFolder).Length == 0 && !Directory.EnumerateFiles(Path.Combine(_peru.IntakeFolder, ".claimed")).Any(),
            "Peru's intake to file every sample", Patience);
        sender.Kill();
        receiver.Kill();
        _printed = sender.Printed + Environment.NewLine + receiver.Printed;
        _quotedReason = partner.QuotedReason;
        TestContext.Out.WriteLine($"{dropped} sample files, {_printed.Split('\n').Length} lines printed");
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _peru?.Dispose();
        _spain?.Dispose();
        _folder.Dispose();
    }

    [Test]
    public async Task Neither_gateway_prints_a_name_or_identity_number_of_the_samples_while_the_partners_reason_stays_in_the_store()
    {
        var reason = await DeadLetterReasonAsync(_peru);

        Assert.Multiple(() =>
        {
            Assert.That(_quotedReason, Is.Not.Null, "the partner refused a request quoting its person");
            Assert.That(reason, Does.Contain(_quotedReason), "the partner's full reason is kept in the store");
            Assert.That(ExportedText(_spain), Does.Contain("Quispe").Or.Contain("QUISPE").Or.Contain("Peña").Or.Contain("PEÑA"),
                "personal data did flow through the gateways");
            Assert.That(_printed, Does.Contain("dead-lettered").And.Contain("identity.check-digit"), "the refusal is logged with its rule id");
            Assert.That(PersonalData().Where(item => _printed.Contains(item, StringComparison.Ordinal)), Is.Empty,
                "names and identity numbers of the samples found in what was printed");
        });
    }

    [Test]
    public void Neither_store_reveals_an_identity_number_of_the_samples_to_whoever_hashes_candidates_without_the_search_key()
    {
        var numbers = PersonalData().Where(item => item.Any(char.IsDigit)).ToList();
        foreach (var gateway in new[] { _peru, _spain })
        {
            var stored = SearchTerms(gateway.StorePath);
            // The attacker hashes every candidate as the unkeyed index did; the gateway's own key (kept outside the
            // store) shows the numbers are indexed all the same.
            var unkeyed = numbers.SelectMany(n => new[] { UnkeyedTerm(n, 16), UnkeyedTerm(n, 32) }).ToList();
            Assert.That(CooperJus.Gateway.Core.Audit.SearchKeyFile.TryLoad(Path.Combine(gateway.Root, "audit-search.key"), out var key, out var problem), Is.True, problem);
            var keyed = numbers.Where(n => stored.Contains(key!.OfQuery(n)[0])).ToList();
            TestContext.Out.WriteLine($"{gateway.Id}: {stored.Count} terms; {keyed.Count} of {numbers.Count} sample numbers indexed");
            Assert.Multiple(() =>
            {
                Assert.That(stored.Intersect(unkeyed), Is.Empty, $"{gateway.Id}: a number hashed without the key matches a stored term");
                Assert.That(keyed, Is.Not.Empty, $"{gateway.Id}: the sample numbers are indexed under the gateway's key");
            });
        }
    }

    private static string UnkeyedTerm(string number, int bytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("id:" + string.Concat(number.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant())), 0, bytes);

    private static HashSet<string> SearchTerms(string storePath)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={storePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term FROM audit_search";
        using var reader = command.ExecuteReader();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) terms.Add(reader.GetString(0));
        return terms;
    }

    /// <summary>Every sample export of Peru, good and bad, dropped as a national system does; returns how many.</summary>
    private static int DropSamples(string intake)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "PE"), "*.csv")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "PE", "bad"), "*.csv")).ToList();
        Directory.CreateDirectory(intake);
        foreach (var file in files)
        {
            var target = Path.Combine(intake, Path.GetFileName(file));
            File.Copy(file, target + ".part");
            File.Move(target + ".part", target);
            File.WriteAllText(target + ".done", "");
        }
        return files.Count;
    }

    /// <summary>Junk, and a request signed by Peru whose payload breaks the schema while naming its persons.</summary>
    private static async Task SendHostileEnvelopesAsync(HttpClient http, LocalGateway spain, LocalGateway peru)
    {
        var endpoint = new Uri(spain.Url, PartnerProtocol.MessagesPath.TrimStart('/'));
        using (var junk = new ByteArrayContent(Encoding.UTF8.GetBytes("not a JWS: José Ángel Peña Núñez 72931548")))
        using (await http.PostAsync(endpoint, junk)) { }
        var payload = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "PE", "expected"), "*.json")
            .First(p => !p.EndsWith(".lineage.json", StringComparison.Ordinal))))!.AsObject();
        payload.Remove("requestId");
        var sealedEnvelope = new EnvelopeSigner(peru.Key, peru.Id, TimeProvider.System)
            .Seal(MessageType.CooperationRequest, spain.Id, System.Text.Json.JsonSerializer.SerializeToElement(payload));
        using var invalid = new ReadOnlyMemoryContent(sealedEnvelope.Body);
        using var answer = await http.PostAsync(endpoint, invalid);
        Assert.That((int)answer.StatusCode, Is.EqualTo(422), "Spain refuses the schema-invalid request");
    }

    /// <summary>Full names, every name word of five letters or more, and every identity number of the sample requests.</summary>
    private static IReadOnlyList<string> PersonalData()
    {
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "PE", "expected"), "*.json").Where(p => !p.EndsWith(".lineage.json", StringComparison.Ordinal)))
        {
            foreach (var person in JsonNode.Parse(File.ReadAllText(path))!["persons"]!.AsArray())
            {
                var name = person!["fullName"]!.GetValue<string>();
                items.Add(name);
                foreach (var word in name.Split(' ').Where(w => w.Length >= 5)) items.Add(word);
                foreach (var document in person["identityDocuments"]?.AsArray() ?? []) items.Add(document!["number"]!.GetValue<string>());
            }
        }
        return [.. items];
    }

    private static async Task<string> DeadLetterReasonAsync(LocalGateway peru)
    {
        await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = peru.StorePath }, TimeProvider.System, CancellationToken.None);
        var dead = (await store.ListOutboxAsync(new OutboxQuery(State: OutboxState.DeadLettered), CancellationToken.None)).Single();
        var detail = (await store.GetOutboxMessageAsync(dead.MessageId, CancellationToken.None))!;
        return string.Join(Environment.NewLine, detail.History.Select(a => a.Error)) + Environment.NewLine + dead.DeadLetterReason;
    }

    private static int ExportedFiles(LocalGateway spain) =>
        Directory.Exists(spain.ExportFolder) ? Directory.GetFiles(spain.ExportFolder, "fortuny_*.xml").Length : 0;

    private static string ExportedText(LocalGateway spain) =>
        string.Concat(Directory.GetFiles(spain.ExportFolder, "fortuny_*.xml").Select(File.ReadAllText));
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Crash;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// A real <c>cooperjus run</c> process logging at Information, the level at which ASP.NET Core's hosting prints every
/// request's URL: after an auditor searched by a person's identity number and name and someone typed a wrong
/// password, nothing of them is in what the gateway printed, while the searches themselves are (in the hosting log,
/// and in the audit trail as hashes).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class PersonalDataLogTests
{
    private HttpClient _http = null!;
    private TemporaryFolder _folder = null!;
    private LocalGateway _peru = null!;
    private LocalGateway _spain = null!;
    private GatewayProcess? _process;

    [SetUp]
    public void Create()
    {
        _folder = new TemporaryFolder();
        _http = new HttpClient();
        _peru = LocalGateway.Create(_folder.Path, "pe", "PE", "PE", "logs");
        _spain = LocalGateway.Create(_folder.Path, "es", "ES", "ES", "logs");
    }

    [TearDown]
    public void Dispose()
    {
        _process?.Dispose();
        _http.Dispose();
        _peru.Dispose();
        _spain.Dispose();
        _folder.Dispose();
    }

    [Test]
    public async Task Searches_by_person_and_refused_passwords_leave_no_personal_data_in_the_logs()
    {
        await StartAsync();
        File.Copy(Path.Combine(RepositoryPaths.Samples, "PE", AuditedGateways.SampleFile), Path.Combine(_peru.IntakeFolder, AuditedGateways.SampleFile + ".part"));
        File.Move(Path.Combine(_peru.IntakeFolder, AuditedGateways.SampleFile + ".part"), Path.Combine(_peru.IntakeFolder, AuditedGateways.SampleFile));
        using var client = new AuditorViewClient(_peru.InsideUrl.ToString());
        (await client.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword)).Dispose();
        var requestId = await Eventually.Get(async () =>
        {
            using var page = await client.GetAsync("/audit");
            var match = RequestLink().Match(await page.Content.ReadAsStringAsync());
            return match.Success ? match.Groups[1].Value : null;
        }, "the sample's request to show in the view");
        var person = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "PE", "expected", requestId + ".json")))!["persons"]![0]!;
        var identityNumber = person["identityDocuments"]![0]!["number"]!.GetValue<string>();
        var name = person["fullName"]!.GetValue<string>();

        using var byNumber = await client.PostAsync("/audit/search", [new("person", identityNumber)]);
        using var byName = await client.PostAsync("/audit/search", [new("person", name)]);
        using var stranger = new AuditorViewClient(_peru.InsideUrl.ToString());
        (await stranger.SignInAsync(TestAccounts.Auditor, TestAccounts.WrongPassword)).Dispose();
        // Someone typing the password into the account field: refused, and the "name" is not logged.
        (await stranger.SignInAsync(TestAccounts.AuditorPassword, TestAccounts.AuditorPassword)).Dispose();
        await Eventually.Until(() => Regex.Count(Printed(), "sign-in refused") >= 2 && SearchesLogged() >= 2,
            "the searches and the refused sign-ins to be logged");
        _process!.Kill();

        var printed = Printed();
        var searches = await SearchEventsAsync();
        Assert.That(CooperJus.Gateway.Core.Audit.SearchKeyFile.TryLoad(Path.Combine(_peru.Root, "audit-search.key"), out var key, out var problem), Is.True, problem);
        var foundByNumber = await byNumber.Content.ReadAsStringAsync();
        var foundByName = await byName.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(foundByNumber, Does.Contain(requestId), "the search by identity number found the request");
            Assert.That(foundByName, Does.Contain(requestId), "the search by name found the request");
            Assert.That(SearchesLogged(), Is.GreaterThanOrEqualTo(2), "the hosting logs were on");
            Assert.That(printed, Does.Not.Contain(identityNumber));
            foreach (var word in name.Split(' ')) Assert.That(printed, Does.Not.Contain(word), "no word of the person's name");
            Assert.That(printed, Does.Not.Contain(TestAccounts.WrongPassword));
            Assert.That(printed, Does.Not.Contain(TestAccounts.AuditorPassword));
            Assert.That(searches.Select(e => e.Actor), Is.EqualTo(new[] { TestAccounts.Auditor, TestAccounts.Auditor }), "both searches are in the audit trail");
            Assert.That(searches.Select(e => e.Fact("terms")), Is.EqualTo(new[] { SearchEndpoints.TermsHash(key!.OfQuery(identityNumber)), SearchEndpoints.TermsHash(key!.OfQuery(name)) }), "as hashes");
        });
    }

    /// <summary>The <c>auditor.searched-person</c> events in the stopped gateway's store.</summary>
    private async Task<List<AuditEvent>> SearchEventsAsync()
    {
        await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = _peru.StorePath }, TimeProvider.System, CancellationToken.None);
        return [.. store.Audit.ReadRows(1, null, CancellationToken.None).Where(r => r.Kind == AuditEventKinds.AuditorSearchedPerson).Select(r => AuditHeader.Parse(r.Header, r.BodyPruned))];
    }

    private async Task StartAsync()
    {
        var extra = LocalGateway.QuickTimings.Concat(TestAccounts.Settings()).Concat(
        [
            new("Logging:LogLevel:Default", "Information"),
            // ASP.NET Core's per-request lines (Warning by default) print paths and queries: on, to show they carry no personal data.
            new("Logging:LogLevel:Microsoft.AspNetCore", "Information"),
            new("Delivery:MaxAttempts", "1"),
        ]);
        _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters, extra));
        Directory.CreateDirectory(_peru.IntakeFolder);
        _process = new GatewayProcess(_peru, _http, keptLines: int.MaxValue);
        await _process.StartAsync(CancellationToken.None);
    }

    private string Printed() => _process!.Printed;

    private int SearchesLogged() => Regex.Count(Printed(), "POST http://[^ ]+/audit/search");

    [GeneratedRegex("href=\"/audit/requests/([0-9a-f-]{36})\"")]
    private static partial Regex RequestLink();
}

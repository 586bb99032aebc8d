using System.Text.Json;
using CooperJus.Gateway.IntegrationTests.Support;
namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The auditor view in a real browser (headless Chromium driven by playwright-core) against a real gateway that has
/// translated, delivered and audited Peru's Cusco sample: a wrong password is refused; the auditor signs in, finds the
/// case by its reference and by a person's identity number, opens it, sees its lineage, verifies the chain and signs
/// out. The page with the lineage is kept as a screenshot attached to the test.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AuditorViewBrowserTests
{
    private AuditedGateways _gateways = null!;
    private TemporaryFolder _folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        BrowserScript.RequireInstalled();
        _folder = new TemporaryFolder();
        _gateways = await AuditedGateways.StartAsync(withAuditorView: true);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_gateways is not null) await _gateways.DisposeAsync();
        _folder?.Dispose();
    }

    [Test]
    public void An_auditor_finds_a_case_sees_its_lineage_verifies_the_chain_and_signs_out()
    {
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"auditor-view-{_gateways.RequestId}.png");
        var scenario = _folder.Combine("scenario.json");
        File.WriteAllText(scenario, JsonSerializer.Serialize(new
        {
            baseUrl = _gateways.Peru.Url,
            account = TestAccounts.Auditor,
            password = TestAccounts.AuditorPassword,
            wrongPassword = TestAccounts.WrongPassword,
            caseReference = _gateways.CaseReference,
            identityNumber = _gateways.IdentityNumber,
            requestId = _gateways.RequestId,
            // The SGF export's CARPETA_FISCAL column is the canonical case reference.
            lineagePath = "/issuingAuthority/caseReference",
            lineageField = "CARPETA_FISCAL",
            screenshot,
            userDataDir = _folder.Combine("chromium-profile"),
            executablePath = BrowserScript.Chromium,
        }));

        var result = BrowserScript.Run(scenario);

        if (File.Exists(screenshot)) TestContext.AddTestAttachment(screenshot, "The request page with its lineage, as Chromium rendered it");
        Assert.That(result.ExitCode, Is.Zero, $"{result.Output}{Environment.NewLine}{result.Error}");
        Assert.That(result.Output, Does.Contain("ok a wrong password is refused")
            .And.Contain("ok search by Case reference finds")
            .And.Contain("ok search by Person: name or identity number finds")
            .And.Contain("ok lineage row")
            .And.Contain("intact")
            .And.Contain("ok signed out"));
        Assert.That(File.Exists(screenshot), Is.True, "the screenshot is kept");
    }
}

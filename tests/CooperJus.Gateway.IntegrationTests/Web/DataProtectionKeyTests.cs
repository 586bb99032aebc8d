using System.Net;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Crash;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The keys that encrypt the auditor view's cookies and form tokens stay in the process's memory: a real
/// <c>cooperjus run</c> with HOME pointed at an empty folder writes no key file there (ASP.NET Core's default is
/// <c>~/.aspnet/DataProtection-Keys</c>, unencrypted), whether the view is on and used, or off.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class DataProtectionKeyTests
{
    [TestCase(true, TestName = "With_the_auditor_view_on_and_used_no_key_file_is_written_under_home")]
    [TestCase(false, TestName = "With_the_auditor_view_off_no_key_file_is_written_under_home")]
    public async Task No_key_file_is_written_under_home(bool viewEnabled)
    {
        using var folder = new TemporaryFolder();
        var home = Directory.CreateDirectory(folder.Combine("home")).FullName;
        using var peru = LocalGateway.Create(folder.Path, "pe", "PE", "PE", "keys");
        using var spain = LocalGateway.Create(folder.Path, "es", "ES", "ES", "keys");
        var extra = LocalGateway.QuickTimings.Concat(viewEnabled ? TestAccounts.Settings() : []).Append(new("Logging:LogLevel:Default", "Information"));
        peru.WriteConfig(peru.Settings(spain, RepositoryPaths.BuiltAdapters, extra));
        using var http = new HttpClient();
        using var process = new GatewayProcess(peru, http, keptLines: int.MaxValue, new Dictionary<string, string> { ["HOME"] = home });
        await process.StartAsync(CancellationToken.None);
        HttpStatusCode? page = null;
        try
        {
            if (viewEnabled)
            {
                using var client = new AuditorViewClient(peru.InsideUrl.ToString());
                (await client.SignInAsync(TestAccounts.Auditor, TestAccounts.AuditorPassword)).Dispose();
                using var response = await client.GetAsync("/audit");
                page = response.StatusCode;
                (await client.PostAsync("/audit/sign-out", [])).Dispose();
            }
        }
        finally
        {
            process.Kill();
        }

        var written = Directory.GetFileSystemEntries(home, "*", SearchOption.AllDirectories);
        TestContext.Out.WriteLine($"under HOME after the run: {(written.Length == 0 ? "nothing" : string.Join(", ", written))}");
        if (viewEnabled) Assert.That(page, Is.EqualTo(HttpStatusCode.OK), "signed in: the keys were made and used");
        Assert.That(written.Where(p => p.Contains(".aspnet", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("key-", StringComparison.Ordinal)), Is.Empty);
        Assert.That(process.Printed, Does.Not.Contain("DataProtection-Keys").And.Not.Contain("unencrypted"));
    }
}

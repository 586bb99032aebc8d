using System.Diagnostics;
using System.Net;
using System.Text;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
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
    private readonly StringBuilder _printed = new();

    [TestCase(true, TestName = "With_the_auditor_view_on_and_used_no_key_file_is_written_under_home")]
    [TestCase(false, TestName = "With_the_auditor_view_off_no_key_file_is_written_under_home")]
    public async Task No_key_file_is_written_under_home(bool viewEnabled)
    {
        _printed.Clear();
        using var folder = new TemporaryFolder();
        var home = Directory.CreateDirectory(folder.Combine("home")).FullName;
        using var peru = LocalGateway.Create(folder.Path, "pe", "PE", "PE", "keys");
        using var spain = LocalGateway.Create(folder.Path, "es", "ES", "ES", "keys");
        var extra = LocalGateway.QuickTimings.Concat(viewEnabled ? TestAccounts.Settings() : []).Append(new("Logging:LogLevel:Default", "Information"));
        var config = peru.WriteConfig(peru.Settings(spain, RepositoryPaths.BuiltAdapters, extra));
        using var process = Start(config, peru.Root, home);
        HttpStatusCode? page = null;
        try
        {
            await WaitHealthyAsync(process, peru);
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
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var written = Directory.GetFileSystemEntries(home, "*", SearchOption.AllDirectories);
        TestContext.Out.WriteLine($"under HOME after the run: {(written.Length == 0 ? "nothing" : string.Join(", ", written))}");
        if (viewEnabled) Assert.That(page, Is.EqualTo(HttpStatusCode.OK), "signed in: the keys were made and used");
        Assert.That(written.Where(p => p.Contains(".aspnet", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("key-", StringComparison.Ordinal)), Is.Empty);
        Assert.That(Printed(), Does.Not.Contain("DataProtection-Keys").And.Not.Contain("unencrypted"));
    }

    private Process Start(string config, string workingDirectory, string home)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "cooperjus.dll"));
        foreach (var argument in new[] { "run", "--config", config }) start.ArgumentList.Add(argument);
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("COOPERJUS_", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(inherited);
        start.Environment["HOME"] = home;
        start.Environment["NO_COLOR"] = "1";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Print(e.Data);
        process.ErrorDataReceived += (_, e) => Print(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitHealthyAsync(Process process, LocalGateway gateway)
    {
        using var http = new HttpClient();
        await Eventually.Until(async () =>
        {
            if (process.HasExited) Assert.Fail($"the gateway stopped at start:{Environment.NewLine}{Printed()}");
            try
            {
                using var health = await http.GetAsync(gateway.HealthUrl);
                return health.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the gateway to answer on /health");
    }

    private void Print(string? line)
    {
        if (line is null) return;
        lock (_printed) _printed.AppendLine(line);
    }

    private string Printed()
    {
        lock (_printed) return _printed.ToString();
    }
}

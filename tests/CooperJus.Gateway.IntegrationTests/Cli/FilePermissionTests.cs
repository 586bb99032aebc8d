using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Cli;

/// <summary>
/// The real <c>cooperjus</c> executable, started the way a careless service or shell would start it (<c>umask 000</c>),
/// writes nothing another user of the machine can read: the demo's two gateways (stores, exports, intake reports,
/// checkpoints, configuration), an evidence bundle, and the store's <c>-wal</c> and <c>-shm</c> while a gateway runs.
/// </summary>
[TestFixture]
[Platform(Exclude = "Win", Reason = "Unix file modes and umask")]
public sealed partial class FilePermissionTests
{
    private const UnixFileMode Loose =
        UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly TemporaryFolder _folder = new();

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public async Task Nothing_the_gateway_writes_is_open_to_other_users_even_when_started_with_umask_000()
    {
        var demo = UnderUmask000("demo");
        Assert.That(demo.ExitCode, Is.EqualTo(0), demo.All);
        var demoRoot = DemoFolder().Match(demo.Output).Groups[1].Value;
        var requestId = AnsweredRequest().Match(demo.Output).Groups[1].Value;
        var peru = Path.Combine(demoRoot, "pe");
        var bundle = _folder.Combine("bundle");
        var export = UnderUmask000("audit", "export", requestId, "--output", bundle, "--config", Path.Combine(peru, "gateway.json"));
        Assert.That(export.ExitCode, Is.EqualTo(0), export.All);

        var whileRunning = await WhilePeruRunsAgainAsync(peru);

        var everything = whileRunning.Concat(Modes(demoRoot)).Concat(Modes(bundle)).DistinctBy(e => e.Path).ToList();
        var loose = everything.Where(e => (e.Mode & Loose) != 0).Select(e => $"{Octal(e.Mode)} {e.Path}").ToList();
        TestContext.Out.WriteLine($"{everything.Count} files and folders checked; {loose.Count} open to others or writable by the group");
        Assert.Multiple(() =>
        {
            Assert.That(everything.Select(e => Path.GetFileName(e.Path)), Is.SupersetOf(new[]
            {
                "gateway.db", "gateway.db-wal", "gateway.db-shm", "audit-checkpoints.jwsl", "gateway.key.pem", "gateway.json",
                "verify.sh", "SHA256SUMS", "original.txt", "canonical.json",
            }), "the files this test is about were all looked at");
            Assert.That(everything.Select(e => Path.GetFileName(e.Path)), Has.Some.Match(@"^fortuny_.+\.xml$").And.Some.EndsWith(".report.txt"));
            Assert.That(loose, Is.Empty);
        });
    }

    /// <summary>
    /// The modes of the store's files while Peru's gateway runs again under <c>umask 000</c> (SQLite removes
    /// <c>-wal</c> and <c>-shm</c> when the last connection closes, so they exist only while a gateway has the store open).
    /// </summary>
    private async Task<List<(string Path, UnixFileMode Mode)>> WhilePeruRunsAgainAsync(string peru)
    {
        var store = Path.Combine(peru, "gateway.db");
        using var process = Start(UnderUmask000Command("run", "--config", Path.Combine(peru, "gateway.json")), freshPorts: true);
        var printed = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) printed.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) printed.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Eventually.Until(() => process.HasExited || (File.Exists(store + "-wal") && File.Exists(store + "-shm")), "Peru's gateway to open its store", TimeSpan.FromSeconds(60));
            Assert.That(process.HasExited, Is.False, "Peru's gateway stopped on its own:" + Environment.NewLine + string.Join(Environment.NewLine, printed));
            return Modes(peru);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private CliRunner.Result UnderUmask000(params string[] arguments)
    {
        using var process = Start(UnderUmask000Command(arguments), freshPorts: false);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"cooperjus {string.Join(' ', arguments)} did not finish within 3 minutes");
        }
        return new CliRunner.Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary><c>sh -c 'umask 000; exec dotnet cooperjus.dll ARGS'</c>: the umask is the process's own from its first instruction.</summary>
    private static ProcessStartInfo UnderUmask000Command(params string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in new[] { "-c", "umask 000; exec dotnet \"$@\"", "sh", Path.Combine(TestContext.CurrentContext.TestDirectory, "cooperjus.dll") })
            start.ArgumentList.Add(argument);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    /// <param name="start">The command.</param>
    /// <param name="freshPorts">Whether to move both listeners to free ports (the demo's may have been taken since).</param>
    private Process Start(ProcessStartInfo start, bool freshPorts)
    {
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("COOPERJUS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["TMPDIR"] = _folder.Path; // The demo makes its folder under the temp folder.
        if (freshPorts)
        {
            start.Environment["COOPERJUS_Kestrel__Endpoints__Partner__Url"] = $"http://127.0.0.1:{FreeLoopbackPort()}";
            start.Environment["COOPERJUS_Kestrel__Endpoints__Inside__Url"] = $"http://127.0.0.1:{FreeLoopbackPort()}";
        }
        return Process.Start(start) ?? throw new InvalidOperationException("could not start cooperjus");
    }

    private static List<(string Path, UnixFileMode Mode)> Modes(string root) =>
        [(root, new DirectoryInfo(root).UnixFileMode),
            .. new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Select(i => (i.FullName, i.UnixFileMode))];

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("^Demo folder: (.+)$", RegexOptions.Multiline)]
    private static partial Regex DemoFolder();

    [GeneratedRegex("Spain answered request ([0-9a-f-]{36})")]
    private static partial Regex AnsweredRequest();
}

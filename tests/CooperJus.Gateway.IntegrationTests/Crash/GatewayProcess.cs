using CooperJus.Gateway.Hosting;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// A real gateway: <c>dotnet cooperjus.dll run --config FILE</c> as a child process, which the test kills with SIGKILL
/// (the whole process tree) and starts again with the same configuration, as a crash and a restart by systemd would.
/// What every incarnation printed is kept (the last lines of each stream) so a failure can show it.
/// </summary>
internal sealed class GatewayProcess : IDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(45);

    private readonly LocalGateway _gateway;
    private readonly HttpClient _http;
    private readonly OutputTail _output;
    private readonly OutputTail _errors;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process? _process;

    /// <param name="gateway">The gateway's folder and configuration.</param>
    /// <param name="http">For the health checks.</param>
    /// <param name="keptLines">How many of the last lines of each stream are kept (a log test keeps them all).</param>
    /// <param name="environment">Environment variables set for the process (HOME, for a test about what it writes there).</param>
    public GatewayProcess(LocalGateway gateway, HttpClient http, int keptLines = 40, IReadOnlyDictionary<string, string>? environment = null)
    {
        _gateway = gateway;
        _http = http;
        _output = new OutputTail(keptLines);
        _errors = new OutputTail(keptLines);
        _environment = environment ?? new Dictionary<string, string>();
    }

    public string Name => _gateway.Id;

    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The id of the running process (to read its memory in <c>/proc</c>).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Name} is not running");

    /// <summary>Starts the process and returns once its health endpoint answers.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsRunning) throw new InvalidOperationException($"{Name} is already running");
        Starts++;
        _output.Add($"--- start #{Starts} ---");
        _errors.Add($"--- start #{Starts} ---");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _gateway.Root,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "cooperjus.dll"));
        foreach (var argument in new[] { "run", "--config", _gateway.ConfigFile }) start.ArgumentList.Add(argument);
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("COOPERJUS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited); // Only the configuration file speaks.
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in _environment) start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _errors.Add(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitHealthyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>kill -9 of the process and its children; returns once it is gone.</summary>
    public void Kill()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _output.Add($"--- killed (exit {_process.ExitCode}) ---");
        _process.Dispose();
        _process = null;
    }

    /// <summary>Messages the gateway still has to deliver, from its detailed health (inside listener); null when it does not answer.</summary>
    public async Task<QueueState?> QueuesAsync(CancellationToken cancellationToken)
    {
        if (!IsRunning) return null;
        try
        {
            using var health = await _http.GetFromJsonAsync<JsonDocument>(_gateway.DetailedHealthUrl, cancellationToken).ConfigureAwait(false);
            var queues = health!.RootElement.GetProperty("queues").EnumerateArray().ToList();
            return new QueueState(queues.Sum(q => q.GetProperty("pending").GetInt32()), queues.Sum(q => q.GetProperty("deadLettered").GetInt32()));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Every line kept of what the process printed on both streams, unindented.</summary>
    public string Printed => _output.Text + Environment.NewLine + _errors.Text;

    /// <summary>What the process printed, for a failure message.</summary>
    public string Describe() =>
        $"{Name} ({(IsRunning ? "running" : "not running")}, started {Starts} times)" + Environment.NewLine +
        "  stderr (last lines):" + Environment.NewLine + _errors + Environment.NewLine +
        "  stdout (last lines):" + Environment.NewLine + _output;

    public void Dispose() => Kill();

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting.{Environment.NewLine}{Describe()}");
            try
            {
                using var response = await _http.GetAsync(_gateway.HealthUrl, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (deadline.Elapsed > StartDeadline)
                throw new TimeoutException($"{Name} did not answer on {_gateway.HealthUrl} within {StartDeadline.TotalSeconds} s.{Environment.NewLine}{Describe()}");
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }
}

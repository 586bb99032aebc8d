using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>The receiving gateway in a child process: this executable re-invoked as <c>delivery-receiver</c>.</summary>
internal sealed class ReceiverProcess : IDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private ReceiverProcess(Process process) => _process = process;

    /// <summary>Starts the child and returns once it listens.</summary>
    /// <exception cref="InvalidOperationException">It exited or stayed silent; its error output is in the message.</exception>
    public static ReceiverProcess Start(string configFile)
    {
        var processPath = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var start = new ProcessStartInfo(processPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[] { ReceiverCommand.Name, "--config", configFile }) start.ArgumentList.Add(argument);
        var receiver = new ReceiverProcess(Process.Start(start) ?? throw new InvalidOperationException("The receiving gateway did not start."));
        receiver._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (receiver._errors) receiver._errors.AppendLine(e.Data);
        };
        receiver._process.BeginErrorReadLine();
        receiver.WaitUntilReady();
        return receiver;
    }

    /// <summary>CPU time the child has used so far.</summary>
    public TimeSpan ProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Closes the child's standard input (it stops gracefully) and waits for it; kills it if it lingers.</summary>
    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(20))) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private void WaitUntilReady()
    {
        var line = _process.StandardOutput.ReadLineAsync();
        if (line.Wait(StartDeadline) && line.Result == "ready")
        {
            _ = _process.StandardOutput.ReadToEndAsync(); // Drained, so a chatty child never blocks on a full pipe.
            return;
        }
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        lock (_errors) throw new InvalidOperationException($"The receiving gateway did not become ready: {line.Status}, {(line.IsCompletedSuccessfully ? line.Result : "")}\n{_errors}");
    }
}

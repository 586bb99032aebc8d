using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace CooperJus.Gateway.Benchmarks.Memory;

/// <summary>Runs the <c>memory</c> sub-command of this same executable in a child process and reads its report.</summary>
internal static class MemoryProbe
{
    /// <summary>Runs the probe over <paramref name="input"/>, taking the mid-file heap at record <paramref name="checkpoint"/>.</summary>
    public static MemoryReport Measure(string adapterId, string input, string adaptersFolder, long checkpoint)
    {
        var start = SelfStartInfo();
        foreach (var argument in new[] { MemoryCommand.Name, "--adapter", adapterId, "--input", input, "--adapters", adaptersFolder, "--checkpoint", checkpoint.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The memory probe process did not start.");
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"The memory probe for {Path.GetFileName(input)} exited with {child.ExitCode}: {error.Result}{output}");
        return MemoryReport.Parse(output);
    }

    /// <summary>This executable: the apphost when there is one, else <c>dotnet &lt;this dll&gt;</c>.</summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var processPath = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var start = new ProcessStartInfo(processPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        return start;
    }
}

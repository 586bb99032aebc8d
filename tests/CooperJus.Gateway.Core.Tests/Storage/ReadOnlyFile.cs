using System.Diagnostics;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// Makes a file read-only for the duration of a test: by its mode bits, and when the tests run as root (who ignores
/// mode bits) by the immutable attribute (<c>chattr +i</c>), undone on dispose.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    private ReadOnlyFile(string path, bool immutable, bool isEffective)
    {
        _path = path;
        _immutable = immutable;
        IsEffective = isEffective;
    }

    /// <summary>Whether writing to the file is now refused (false when neither means worked here).</summary>
    public bool IsEffective { get; }

    public static ReadOnlyFile Make(string path)
    {
        if (OperatingSystem.IsWindows()) return new ReadOnlyFile(path, immutable: false, isEffective: false);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (!CanWrite(path)) return new ReadOnlyFile(path, immutable: false, isEffective: true);
        var immutable = Chattr("+i", path);
        return new ReadOnlyFile(path, immutable, isEffective: immutable && !CanWrite(path));
    }

    public void Dispose()
    {
        if (_immutable) Chattr("-i", _path);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static bool CanWrite(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is null) return false;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

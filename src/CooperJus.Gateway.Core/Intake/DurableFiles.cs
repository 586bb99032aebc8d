using System.Runtime.InteropServices;

namespace CooperJus.Gateway.Core.Intake;

/// <summary>
/// The two file-system steps .NET does not offer safely: giving a finished file a name only if no other file has it,
/// and making a folder's new entries durable.
/// </summary>
/// <remarks>
/// <para>
/// <c>File.Move(source, target, overwrite: false)</c> is not exclusive on Linux and macOS: .NET looks whether the
/// target exists and then calls <c>rename</c>, which replaces a file that appeared in between, so two uploads of the
/// same name at once can both "succeed" and one is lost. <c>link(2)</c> fails with <c>EEXIST</c> instead, atomically,
/// on every local file system and NFS (the way mail servers deliver into Maildir). On a share without hard links the
/// name is claimed with <c>O_CREAT|O_EXCL</c> (<see cref="FileMode.CreateNew"/>) and the content renamed over that
/// empty claim. On Windows, <c>MoveFileEx</c> without <c>MOVEFILE_REPLACE_EXISTING</c> is already exclusive.
/// </para>
/// <para>
/// A rename or link is durable only once its folder is flushed (<c>fsync</c> of the directory); before that a power
/// cut can lose the name even though the content was flushed.
/// </para>
/// </remarks>
internal static partial class DurableFiles
{
    // errno values that mean "this file system has no hard links here"; Linux and macOS/BSD number some differently.
    private const int EPERM = 1, EXDEV = 18, EMLINK = 31, EEXIST = 17, EIO = 5;
    private static readonly int s_eopnotsupp = OperatingSystem.IsLinux() ? 95 : 45;
    private static readonly int s_enosys = OperatingSystem.IsLinux() ? 38 : 78;

    /// <summary>
    /// Gives the flushed file <paramref name="temporary"/> the name <paramref name="target"/> (same folder) if, and only
    /// if, no file has that name. Returns false, leaving <paramref name="temporary"/> as it was, when the name is taken.
    /// </summary>
    public static bool TryPublish(string temporary, string target)
    {
        if (OperatingSystem.IsWindows()) return TryMoveExclusive(temporary, target);
        if (Link(temporary, target) == 0)
        {
            File.Delete(temporary);
            return true;
        }
        var errno = Marshal.GetLastPInvokeError();
        if (errno == EEXIST) return false;
        if (errno is EPERM or EXDEV or EMLINK || errno == s_eopnotsupp || errno == s_enosys) return TryClaimThenRename(temporary, target);
        throw new IOException($"Cannot name '{temporary}' '{Path.GetFileName(target)}': {Marshal.GetPInvokeErrorMessage(errno)}.");
    }

    /// <summary>Makes the folder's entries created or renamed so far durable (no-op on Windows, where NTFS journals them).</summary>
    public static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        var descriptor = Open(folder, 0 /* O_RDONLY */);
        if (descriptor < 0) throw new IOException($"Cannot open folder '{folder}' to flush it: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
        try
        {
            // Some network file systems refuse fsync on a folder (EINVAL): they write through, so there is nothing to
            // wait for. EIO is a real failure: the name may not survive.
            if (Fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() == EIO)
                throw new IOException($"Flushing folder '{folder}' failed: {Marshal.GetPInvokeErrorMessage(EIO)}.");
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    /// <summary>For file systems without hard links: the empty claim decides who gets the name; the content then replaces it.</summary>
    internal static bool TryClaimThenRename(string temporary, string target)
    {
        try
        {
            new FileStream(target, FileMode.CreateNew, FileAccess.Write).Dispose();
        }
        catch (IOException) when (Path.Exists(target))
        {
            return false;
        }
        try
        {
            File.Move(temporary, target, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(target); // Our own empty claim: never leave a file the scan would take.
            throw;
        }
    }

    private static bool TryMoveExclusive(string temporary, string target)
    {
        try
        {
            File.Move(temporary, target, overwrite: false);
            return true;
        }
        catch (IOException) when (Path.Exists(target) && File.Exists(temporary))
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}

using System.Runtime.InteropServices;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// What the gateway writes (the store, national exports, intake reports, audit checkpoints, evidence bundles,
/// translations, configuration written by the demo) carries criminal-case data: it is for the gateway's user and its
/// group, never for other users of the machine.
/// </summary>
/// <remarks>
/// <para>
/// One process-wide step covers every command and every file, including those written by code that knows nothing of
/// permissions (adapters, System.Text.Json, SQLite): <see cref="WithholdFromOthers"/> adds <c>0027</c> to the umask
/// first thing at start, so files are created at most 0640 and folders 0750 whatever umask the gateway was started
/// with (a login shell's 0022, or 0000). A stricter umask (0077) stays as it is. <c>UMask=0027</c> in the systemd unit
/// says the same for the service.
/// </para>
/// <para>
/// Files that code in the core also creates when it runs inside another process (a test, a benchmark) set their mode
/// themselves: the SQLite store is created 0640 before SQLite opens it, and SQLite gives its <c>-wal</c> and
/// <c>-shm</c> files the same mode; the private key is 0600; an evidence bundle's <c>verify.sh</c> is 0750.
/// </para>
/// </remarks>
internal static partial class FilePermissions
{
    /// <summary>The bits the gateway never grants on what it creates: group write, and everything for others (0027).</summary>
    public const uint Withheld = 0b000_010_111;

    /// <summary>Adds <see cref="Withheld"/> to this process's umask (Linux, macOS, FreeBSD; Windows has no umask).</summary>
    public static void WithholdFromOthers()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())) return;
        // umask can only be read by setting it: set the minimum, then put back whatever the old one withheld more.
        // mode_t is 16 bits on macOS, so only the permission bits of the answer are read.
        var previous = Umask(Withheld) & 0b111_111_111;
        if ((previous | Withheld) != Withheld) Umask(previous | Withheld);
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint Umask(uint mask);
}

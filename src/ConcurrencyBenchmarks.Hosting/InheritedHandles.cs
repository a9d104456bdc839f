using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// Keeps this process's open file descriptors out of the workers it starts. .NET opens its own files close-on-exec,
/// but descriptors this process inherited stay inheritable: BDN talks to its benchmark process over such pipes, and a
/// worker holding one open would keep the pipe alive after the benchmark process ends.
/// </summary>
internal static partial class InheritedHandles
{
    // ioctl's FIOCLEX sets close-on-exec with no third argument: setting the descriptor flags (F_SETFD) would pass one
    // through C's variadic arguments, which macOS on arm64 reads from the stack where a P/Invoke puts none (dotnet/runtime 48752).
    private static readonly nuint SetCloseOnExec = OperatingSystem.IsLinux() ? 0x5451u : 0x20006601u; // Linux's FIOCLEX; the BSDs' and macOS'

    // Descriptors are inherited when a process starts, never later (.NET opens its own close-on-exec), so one scan,
    // before the first worker starts, is enough: no measured body pays for it again.
    private static readonly Lazy<bool> Scanned = new(() =>
    {
        Interlocked.Increment(ref _scans);
        KeepFromChildren();
        return true;
    });

    private static int _scans;

    /// <summary>How many times the once-per-process scan ran: 0 before the first start, 1 ever after.</summary>
    internal static int Scans => Volatile.Read(ref _scans);

    /// <summary>Makes sure the descriptors this process inherited are kept from its workers; the work is done once.</summary>
    public static void EnsureKeptFromChildren() => _ = Scanned.Value;

    /// <summary>Marks every descriptor above stderr close-on-exec. Windows handles are not inherited unless asked for.</summary>
    public static void KeepFromChildren()
    {
        if (OperatingSystem.IsWindows())
            return;
        foreach (var entry in Directory.GetFileSystemEntries("/dev/fd")) // Linux's, the BSDs' and macOS' list of this process's descriptors
        {
            if (!int.TryParse(Path.GetFileName(entry), out var fd) || fd <= 2)
                continue;
            IoctlNoArgument(fd, SetCloseOnExec); // a descriptor that closed meanwhile fails with EBADF: nothing to keep
        }
    }

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int IoctlNoArgument(int fd, nuint request);
}

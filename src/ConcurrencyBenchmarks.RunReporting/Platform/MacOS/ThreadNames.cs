using System.Runtime.InteropServices;
using System.Text;

namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>
/// A process's thread names as macOS keeps them, from <c>proc_pidinfo</c>: PROC_PIDLISTTHREADS lists its threads,
/// PROC_PIDTHREADINFO reads each one's <c>proc_threadinfo</c>, whose name ends it. No privilege is needed for a process
/// of the same user. macOS lets a thread name only itself; since .NET 10 a managed thread does so as it starts, so a
/// pool worker is ".NET TP Worker" there too (dotnet/runtime 106464), while the runtime's native threads, its
/// background compiler among them, stay unnamed.
/// </summary>
public static class ThreadNames
{
    private const int ThreadInfoFlavour = 5;  // PROC_PIDTHREADINFO
    private const int ListThreadsFlavour = 6; // PROC_PIDLISTTHREADS
    private const int MostThreads = 1 << 16;

    /// <summary>
    /// proc_threadinfo as macOS's proc_info.h lays it out: user and system time (8 bytes each), eight 4-byte
    /// fields (usage, policy, run state, flags, sleep time, priorities), then the name in 64 bytes (MAXTHREADNAMESIZE).
    /// </summary>
    public const int ThreadInfoBytes = 112;

    private const int NameAt = 48;

    /// <summary>How many of <paramref name="pid"/>'s threads are named <paramref name="name"/>; null off macOS or when the process is gone or not ours.</summary>
    public static int? Count(int pid, string name)
    {
        if (!OperatingSystem.IsMacOS())
            return null;
        try
        {
            if (Threads(pid) is not { } threads)
                return null;
            var info = new byte[ThreadInfoBytes];
            // A thread that ended since the list was read gives no info, and has nothing to count.
            return threads.Count(thread => proc_pidinfo(pid, ThreadInfoFlavour, thread, info, info.Length) == info.Length && NameIn(info) == name);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The thread's name in a proc_threadinfo: the bytes before the first NUL; null for an unnamed thread.</summary>
    public static string? NameIn(ReadOnlySpan<byte> threadInfo)
    {
        var name = threadInfo[NameAt..ThreadInfoBytes];
        var end = name.IndexOf((byte)0);
        var text = Encoding.UTF8.GetString(end >= 0 ? name[..end] : name);
        return text.Length > 0 ? text : null;
    }

    /// <summary>The process's threads, as the handles PROC_PIDTHREADINFO takes; null where the kernel does not list them.</summary>
    private static ulong[]? Threads(int pid)
    {
        // The call fills as much of the buffer as it can and says how many bytes: a full buffer may have left some out.
        for (var capacity = 256; capacity <= MostThreads; capacity *= 4)
        {
            var threads = new byte[capacity * sizeof(ulong)];
            var bytes = proc_pidinfo(pid, ListThreadsFlavour, 0, threads, threads.Length);
            if (bytes <= 0)
                return null;
            if (bytes < threads.Length)
                return MemoryMarshal.Cast<byte, ulong>(threads.AsSpan(0, bytes - bytes % sizeof(ulong))).ToArray();
        }
        return null;
    }

    [DllImport("libc")]
    private static extern int proc_pidinfo(int pid, int flavour, ulong argument, [Out] byte[] buffer, int bufferSize);
}

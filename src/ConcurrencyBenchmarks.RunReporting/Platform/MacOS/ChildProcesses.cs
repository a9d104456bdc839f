using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>A process's live children, from macOS's <c>proc_listpids(PROC_PPID_ONLY)</c>.</summary>
public static class ChildProcesses
{
    private const uint ParentOnly = 6; // PROC_PPID_ONLY
    private const int MostChildren = 1 << 16;

    /// <summary>The children of <paramref name="parent"/> now; null where the OS does not list them.</summary>
    public static IReadOnlyList<int>? Of(int parent)
    {
        if (!OperatingSystem.IsMacOS())
            return null;
        try
        {
            // The call fills as much of the buffer as it can and says how many bytes: a full buffer may have left some out.
            for (var capacity = 64; capacity <= MostChildren; capacity *= 4)
            {
                var pids = new int[capacity];
                var bytes = proc_listpids(ParentOnly, (uint)parent, pids, capacity * sizeof(int));
                if (bytes < 0)
                    return null;
                if (bytes < capacity * sizeof(int))
                    return pids.Take(bytes / sizeof(int)).Where(pid => pid > 0).ToArray();
            }
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc")]
    private static extern int proc_listpids(uint type, uint typeInfo, [Out] int[] buffer, int bufferSize);
}

using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// A process's thread names as Windows keeps them (<c>GetThreadDescription</c>, Windows 10 1607 and later): .NET gives each
/// thread its name there, its pool workers ".NET TP Worker", its background compiler ".NET Tiered Compilation Worker",
/// so another process's pool can be counted from the outside, and this one's compiler told apart from its work.
/// </summary>
public static class ThreadDescriptions
{
    /// <summary>How many of <paramref name="pid"/>'s threads are named <paramref name="name"/>; null off Windows or when it is gone.</summary>
    public static int? Count(int pid, string name) => Named(pid, name, _ => (long?)0)?.Count;

    /// <summary>
    /// The CPU time, in nanoseconds, of each of <paramref name="pid"/>'s threads named <paramref name="name"/>, by
    /// thread id (.NET's <c>ProcessThread.TotalProcessorTime</c>); null off Windows or when the process is gone.
    /// </summary>
    public static IReadOnlyDictionary<int, long>? CpuTimes(int pid, string name) =>
        Named(pid, name, thread => thread.TotalProcessorTime.Ticks * 100);

    /// <summary>What <paramref name="read"/> gives of each thread named <paramref name="name"/>, by id; a thread that ended meanwhile is left out.</summary>
    private static Dictionary<int, long>? Named(int pid, string name, Func<System.Diagnostics.ProcessThread, long?> read)
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            var named = new Dictionary<int, long>();
            foreach (System.Diagnostics.ProcessThread thread in process.Threads)
            {
                var handle = OpenThread(QueryLimitedInformation, false, thread.Id);
                if (handle == 0)
                    continue; // it ended since the process was listed
                try
                {
                    if (Describe(handle) == name && read(thread) is { } value)
                        named[thread.Id] = value;
                }
                catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // it ended while read: it has nothing more to count
                }
                finally
                {
                    CloseHandle(handle);
                }
            }
            return named;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception
                                      or NotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static string? Describe(nint thread)
    {
        if (GetThreadDescription(thread, out var text) < 0)
            return null;
        try
        {
            return Marshal.PtrToStringUni(text);
        }
        finally
        {
            LocalFree(text);
        }
    }

    private const int QueryLimitedInformation = 0x0800; // THREAD_QUERY_LIMITED_INFORMATION

    [DllImport("kernel32", SetLastError = true)]
    private static extern nint OpenThread(int access, [MarshalAs(UnmanagedType.Bool)] bool inherit, int threadId);

    [DllImport("kernel32")]
    private static extern int GetThreadDescription(nint thread, out nint description);

    [DllImport("kernel32")]
    private static extern nint LocalFree(nint memory);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CloseHandle(nint handle);
}

using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// A process's thread names as Windows keeps them (<c>GetThreadDescription</c>, Windows 10 1607 and later): .NET gives each
/// thread its name there, its pool workers ".NET TP Worker", so another process's pool can be counted from the outside.
/// </summary>
public static class ThreadDescriptions
{
    /// <summary>How many of <paramref name="pid"/>'s threads are named <paramref name="name"/>; null off Windows or when it is gone.</summary>
    public static int? Count(int pid, string name)
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            var count = 0;
            foreach (System.Diagnostics.ProcessThread thread in process.Threads)
                if (Describe(thread.Id) == name)
                    count++;
            return count;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception
                                      or NotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static string? Describe(int threadId)
    {
        var thread = OpenThread(QueryLimitedInformation, false, threadId);
        if (thread == 0)
            return null; // it ended since the process was listed
        try
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
        finally
        {
            CloseHandle(thread);
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

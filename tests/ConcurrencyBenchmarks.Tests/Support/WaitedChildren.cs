using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>The CPU time of this process's children that have exited and been waited for, from the C library's getrusage.</summary>
public static class WaitedChildren
{
    private const int ResourceUsageOfChildren = -1; // RUSAGE_CHILDREN on Linux and macOS

    /// <summary>Their user and system time so far; null on Windows, which has no such call.</summary>
    public static TimeSpan? CpuTime()
    {
        if (OperatingSystem.IsWindows() || GetResourceUsage(ResourceUsageOfChildren, out var usage) != 0)
            return null;
        return TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds)
               + TimeSpan.FromMicroseconds(usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    /// <summary>struct rusage on 64-bit Linux and macOS: two timevals (seconds, microseconds), then 14 counters.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 4 * 8 + 14 * 8)]
    private struct ResourceUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);
}

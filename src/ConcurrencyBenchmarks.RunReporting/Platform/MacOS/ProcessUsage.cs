using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Workloads.Capacity.MacOS;

namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>
/// One process's CPU time from macOS's <c>proc_pid_rusage</c>: its own, and that of the children it has already waited
/// for (a worker that exited counts through its parent, as Linux's cutime). The kernel gives both in the hardware
/// timer's ticks, not nanoseconds (24 MHz on Apple silicon); they are converted at <c>hw.tbfrequency</c>, which holds
/// under Rosetta too, where <c>mach_timebase_info</c> says 1/1.
/// </summary>
public static class ProcessUsage
{
    private const int RusageInfoV2 = 2;

    /// <summary>A process's CPU time in nanoseconds: its own, and its waited-for children's.</summary>
    public readonly record struct Usage(double OwnNanoseconds, double ChildNanoseconds);

    /// <summary>The hardware timer's ticks per second (1 GHz on Intel Macs, where the ticks are nanoseconds).</summary>
    public static long TimerFrequency { get; } = Sysctl.Number("hw.tbfrequency") is > 0 and var hz ? hz : 1_000_000_000;

    /// <summary>The process's usage now; null when it is gone or not ours to read.</summary>
    public static Usage? Of(int pid)
    {
        if (!OperatingSystem.IsMacOS())
            return null;
        try
        {
            return proc_pid_rusage(pid, RusageInfoV2, out var info) == 0
                ? FromTimerTicks(info.UserTime + info.SystemTime, info.ChildUserTime + info.ChildSystemTime, TimerFrequency)
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The kernel's timer ticks as nanoseconds, at <paramref name="frequency"/> ticks per second.</summary>
    public static Usage FromTimerTicks(ulong own, ulong children, long frequency) =>
        new(own * 1e9 / frequency, children * 1e9 / frequency);

    // rusage_info_v2, as <sys/resource.h> lays it out: a 16-byte UUID, then 18 64-bit counters.
    [StructLayout(LayoutKind.Sequential)]
    private struct RusageInfo
    {
        public ulong Uuid0, Uuid1;
        public ulong UserTime, SystemTime, PkgIdleWakeups, InterruptWakeups, PageIns, WiredSize, ResidentSize, PhysicalFootprint;
        public ulong StartAbsoluteTime, ExitAbsoluteTime;
        public ulong ChildUserTime, ChildSystemTime, ChildPkgIdleWakeups, ChildInterruptWakeups, ChildPageIns, ChildElapsedAbsoluteTime;
        public ulong DiskBytesRead, DiskBytesWritten;
    }

    [DllImport("libc")]
    private static extern int proc_pid_rusage(int pid, int flavor, out RusageInfo info);
}

using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Linux;

/// <summary>
/// A process's CPU time to the nanosecond, every thread it ran included (those that already exited too): the kernel's
/// CPU clock of the process, as <c>clock_getcpuclockid</c> names it. /proc's times count in clock ticks of 10 ms, which
/// would leave a case of a few 30 ms iterations without a value. Null off Linux, or when the process is gone.
/// </summary>
public static class ProcessCpuClock
{
    // glibc's clock_getcpuclockid: the id's low bits say whose clock (a process, or one thread) and which (CPUCLOCK_SCHED: the scheduler's exact runtime).
    private const int Sched = 2;
    private const int PerThread = 4;

    public static long? Nanoseconds(int pid) => Read((~pid << 3) | Sched);

    /// <summary>One thread of this process's CPU time to the nanosecond (the kernel gives no other process's threads); null off Linux or when it is gone.</summary>
    public static long? ThreadNanoseconds(int threadId) => Read((~threadId << 3) | PerThread | Sched);

    private static long? Read(int clock)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            return ClockGetTime(clock, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>One clock tick of /proc's process times (USER_HZ, 100 a second on Linux's usual builds), in nanoseconds.</summary>
    public static readonly double TickNanoseconds = 1e9 / TicksPerSecond();

    private static long TicksPerSecond()
    {
        try
        {
            return OperatingSystem.IsLinux() && SysConf(ClockTicksName) is > 0 and var ticks ? ticks : 100;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    }

    private const int ClockTicksName = 2; // _SC_CLK_TCK

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SysConf(int name);

    /// <summary>64-bit Linux's struct timespec: time_t and long, 8 bytes each.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}

using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// The whole machine's CPU time from Windows' <c>GetSystemTimes</c>: idle, kernel and user time summed over every
/// processor, in 100 ns units, the kernel's including the idle. Windows reports no hypervisor steal.
/// </summary>
public static class SystemTimes
{
    /// <summary>100 ns units in one clock tick of the machine's counters as the suite counts them (10 ms, as Linux's USER_HZ).</summary>
    public const long HundredNanosecondsPerTick = 100_000;

    public static MachineCpuTime? Read()
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            return GetSystemTimes(out var idle, out var kernel, out var user) ? FromCounters(idle, kernel, user, Environment.ProcessorCount) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The counters as ticks: busy is kernel and user time less the idle time that the kernel's includes.</summary>
    public static MachineCpuTime FromCounters(long idle, long kernel, long user, int cpus) =>
        new((kernel - idle + user) / HundredNanosecondsPerTick, Steal: 0, (kernel + user) / HundredNanosecondsPerTick, Math.Max(1, cpus));

    // FILETIMEs, read as the 64-bit counts of 100 ns they are.
    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetSystemTimes(out long idle, out long kernel, out long user);
}

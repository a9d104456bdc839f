using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>
/// The whole machine's CPU time from macOS's <c>host_statistics(HOST_CPU_LOAD_INFO)</c>: user, system, idle and nice
/// ticks summed over every processor, at the clock rate <c>sysconf(_SC_CLK_TCK)</c> gives. macOS reports no hypervisor
/// steal. The counters are 32 bits wide and wrap (on 16 processors after about a month up); <see cref="WrappingCounters"/>
/// carries them on.
/// </summary>
public static class HostCpuLoad
{
    private const int HostCpuLoadInfo = 3; // HOST_CPU_LOAD_INFO
    private const int States = 4;          // CPU_STATE_USER, _SYSTEM, _IDLE, _NICE
    private const int ClockTicksName = 3;  // _SC_CLK_TCK on macOS

    private static readonly Lazy<uint> Host = new(mach_host_self); // one send right for the process's life, not one per reading
    private static readonly WrappingCounters Counters = new(States);

    /// <summary>Clock ticks per second of the machine's counters (100 unless the OS says otherwise).</summary>
    public static long TicksPerSecond { get; } = OperatingSystem.IsMacOS() && ClockTicks() is > 0 and var ticks ? ticks : 100;

    public static MachineCpuTime? Read()
    {
        if (!OperatingSystem.IsMacOS())
            return null;
        try
        {
            var ticks = new uint[States];
            var count = (uint)States;
            return host_statistics(Host.Value, HostCpuLoadInfo, ticks, ref count) == 0 && count >= States
                ? FromTicks(Counters.Extend(ticks), Environment.ProcessorCount)
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The counters, in the order user, system, idle, nice: busy is all but idle.</summary>
    public static MachineCpuTime FromTicks(IReadOnlyList<long> ticks, int cpus) =>
        new(Busy: ticks[0] + ticks[1] + ticks[3], Steal: 0, Total: ticks[0] + ticks[1] + ticks[2] + ticks[3], Math.Max(1, cpus));

    private static long ClockTicks()
    {
        try { return sysconf(ClockTicksName); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return 0; }
    }

    [DllImport("libc")]
    private static extern uint mach_host_self();

    [DllImport("libc")]
    private static extern int host_statistics(uint host, int flavor, [Out] uint[] info, ref uint count);

    [DllImport("libc")]
    private static extern long sysconf(int name);
}

namespace ConcurrencyBenchmarks.RunReporting.Platform;

/// <summary>
/// The whole machine's CPU time so far, in the OS counters' clock ticks: busy (processes, interrupts), stolen by the
/// hypervisor, and in all, over its <paramref name="Cpus"/> processors.
/// </summary>
public readonly record struct MachineCpuTime(long Busy, long Steal, long Total, int Cpus = 1);

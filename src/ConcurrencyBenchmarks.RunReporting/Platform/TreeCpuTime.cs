namespace ConcurrencyBenchmarks.RunReporting.Platform;

/// <summary>
/// The CPU time of a process tree so far: in the clock ticks the machine's counters use (to hold against them) and in
/// nanoseconds (each live process's exact CPU clock, the children it already waited for in ticks).
/// </summary>
public readonly record struct TreeCpuTime(long Ticks, double Nanoseconds);

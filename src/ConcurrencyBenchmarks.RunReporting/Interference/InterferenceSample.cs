using System.Diagnostics;
using ConcurrencyBenchmarks.RunReporting.Platform;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>
/// How much of the machine something other than this process tree took while a case ran: other processes' CPU time
/// and the hypervisor's steal, each as a share of all processors' time over the interval (null when the interval was
/// too short for the machine's tick-sampled counters); and how many processors the tree itself kept busy on average
/// (its CPU time over the wall time, less an in-process host's background compiling: 2.0 is two cores busy throughout; null
/// when too short even for that).
/// </summary>
public sealed record InterferenceSample(double? OtherShare, double? StealShare, double? BusyCores = null)
{
    public double? Total => OtherShare + StealShare;

    /// <summary>A reading at one moment, to subtract from a later one.</summary>
    /// <param name="OwnTicks">The CPU time of the whole tree under the host, in ticks: what is not interference.</param>
    /// <param name="BenchmarkNanoseconds">The CPU time of the benchmark process and its workers alone: what the strategy kept busy.</param>
    /// <param name="At">When it was read, on the monotonic clock.</param>
    /// <param name="Compiling">In process, the host's background compiler threads (<see cref="IOsReaders.ReadCompilerThreads"/>): not the strategy's time.</param>
    public sealed record Reading(MachineCpuTime Machine, long OwnTicks, double BenchmarkNanoseconds = 0, TimeSpan At = default,
        IReadOnlyDictionary<int, long>? Compiling = null);

    /// <summary>
    /// Reads the machine, the tree under <paramref name="root"/> (the host) and the tree under <paramref name="benchmark"/>
    /// (the benchmark process: the host itself when it runs in process) now, through the OS's readers (this OS's unless
    /// given); null where they have no machine or process-tree times.
    /// </summary>
    public static Reading? Read(int root, int benchmark, IOsReaders? readers = null)
    {
        readers ??= OsReaders.Current;
        return readers.ReadMachine() is { } machine && readers.ReadProcessTrees(root, benchmark) is [var own, var inBenchmark]
            ? new Reading(machine, own.Ticks, inBenchmark.Nanoseconds, Stopwatch.GetElapsedTime(0),
                benchmark == Environment.ProcessId ? readers.ReadCompilerThreads() : null)
            : null;
    }

    /// <summary>
    /// The fewest clock ticks of all processors' time an interval needs before its interference is judged: the
    /// machine's counters are sampled per tick, so a few ticks either way would swing a short interval's share (100
    /// ticks is half a second on 2 processors at the usual 100 per second, 10 ms of counting error is then 1%).
    /// </summary>
    public const long MinimumTicks = 100;

    /// <summary>
    /// The shortest interval whose busy cores are given. The live processes' CPU clocks are exact; the workers that
    /// already exited count in ticks, 2 of them (user and system) at most wrong: 20 ms in 100 ms of wall time.
    /// </summary>
    public static readonly TimeSpan MinimumBusyWall = TimeSpan.FromMilliseconds(100);

    /// <summary>What happened between two readings; null when the interval is too short to tell anything.</summary>
    public static InterferenceSample? Between(Reading before, Reading after)
    {
        var wall = after.At - before.At;
        var compiling = before.Compiling is { } compiledBefore && after.Compiling is { } compiledAfter
            ? CompilerThreads.Between(compiledBefore, compiledAfter)
            : 0;
        double? busyCores = wall >= MinimumBusyWall
            ? Math.Max(0, after.BenchmarkNanoseconds - before.BenchmarkNanoseconds - compiling) / (wall.Ticks * 100.0)
            : null;
        var total = after.Machine.Total - before.Machine.Total;
        if (total < MinimumTicks)
            return busyCores is null ? null : new InterferenceSample(null, null, busyCores);
        var busy = after.Machine.Busy - before.Machine.Busy;
        var own = after.OwnTicks - before.OwnTicks;
        var other = Math.Max(0, busy - own); // ticks are sampled: a short interval can see own time the machine total missed
        return new InterferenceSample(other / (double)total, (after.Machine.Steal - before.Machine.Steal) / (double)total, busyCores);
    }
}

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>
/// How much of the machine something other than this process tree took while a case ran: other processes' CPU time
/// and the hypervisor's steal, each as a share of all processors' time over the interval; and how many processors the
/// tree itself kept busy on average (its CPU time over the wall time: 2.0 is two cores busy throughout).
/// </summary>
public sealed record InterferenceSample(double OtherShare, double StealShare, double BusyCores = 0)
{
    public double Total => OtherShare + StealShare;

    /// <summary>A reading at one moment, to subtract from a later one.</summary>
    /// <param name="OwnTicks">The CPU time of the whole tree under the host: what is not interference.</param>
    /// <param name="BenchmarkTicks">The CPU time of the benchmark process and its workers alone: what the strategy kept busy.</param>
    public sealed record Reading(CpuTimes.Machine Machine, long OwnTicks, long BenchmarkTicks = 0);

    /// <summary>
    /// Reads the machine, the tree under <paramref name="root"/> (the host) and the tree under <paramref name="benchmark"/>
    /// (the benchmark process: the host itself when it runs in process) now; null where /proc is missing.
    /// </summary>
    public static Reading? Read(int root, int benchmark) =>
        CpuTimes.ReadMachine() is { } machine && CpuTimes.ReadProcessTrees(root, benchmark) is [var own, var inBenchmark]
            ? new Reading(machine, own, inBenchmark)
            : null;

    /// <summary>
    /// The fewest clock ticks of all processors' time an interval needs before it is judged: the machine's counters
    /// are sampled per tick, so a few ticks either way would swing a short interval's share (100 ticks is half a
    /// second on 2 processors at the usual 100 per second, 10 ms of counting error is then 1%).
    /// </summary>
    public const long MinimumTicks = 100;

    /// <summary>What happened between two readings; null when the interval is too short to tell.</summary>
    public static InterferenceSample? Between(Reading before, Reading after)
    {
        var total = after.Machine.Total - before.Machine.Total;
        if (total < MinimumTicks)
            return null;
        var busy = after.Machine.Busy - before.Machine.Busy;
        var own = after.OwnTicks - before.OwnTicks;
        var other = Math.Max(0, busy - own); // ticks are sampled: a short interval can see own time the machine total missed
        // The ticks of all processors over their count: the wall time, in ticks, as the machine's counters measured it.
        var wall = total / (double)after.Machine.Cpus;
        var benchmark = Math.Max(0, after.BenchmarkTicks - before.BenchmarkTicks);
        return new InterferenceSample(other / (double)total, (after.Machine.Steal - before.Machine.Steal) / (double)total, benchmark / wall);
    }
}

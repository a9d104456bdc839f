using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Capacity;

/// <summary>What k busy threads counted together, measured against one thread alone.</summary>
/// <param name="Threads">How many threads counted at once.</param>
/// <param name="TotalSpeedup">Their combined counting throughput over one thread's: k on a machine whose every processor delivers a full core.</param>
/// <param name="SlowestShare">The slowest thread's throughput over the mean thread's: 1.0 when every processor delivers the same.</param>
public sealed record CapacityStep(int Threads, double TotalSpeedup, double SlowestShare)
{
    /// <summary>
    /// The best speed-up k equal shares of work can reach: each share finishes when the slowest thread does, so the
    /// speed-up is k times the slowest thread's throughput over one thread's.
    /// </summary>
    public double EqualShareSpeedup => TotalSpeedup * SlowestShare;
}

/// <summary>
/// The machine's delivered capacity: for 1..C busy threads, the counting throughput they got together and the share
/// of the slowest. Many virtual machines deliver less than a full core per processor, or less on some processors
/// than on others; this says how much, measured in the same run as the benchmarks.
/// </summary>
/// <param name="Processors">C: the processors this process may use (affinity and CPU quotas honoured).</param>
/// <param name="Steps">One per thread count probed, in ascending order; always includes 1 and C.</param>
public sealed record MachineCapacity(int Processors, IReadOnlyList<CapacityStep> Steps)
{
    /// <summary>
    /// The share of the machine other processes and the hypervisor took while the probe counted, when known: a busy
    /// neighbour makes the machine look smaller than it is.
    /// </summary>
    public double? Interference { get; init; }

    /// <summary>Above this interference the capacity is reported as not to be trusted (the interference column's threshold).</summary>
    public double InterferenceThreshold { get; init; } = 0.03;

    public CapacityStep? AtAllProcessors => Steps.FirstOrDefault(s => s.Threads == Processors);

    /// <summary>
    /// The best speed-up over one worker that N equal CPU-bound workers can reach on this machine: with N ≤ C, the
    /// equal-share speed-up of N threads (each finishes with the slowest); with N &gt; C, the workers are time-sliced
    /// over every processor, so the bound is all processors' combined throughput. Null when N was not probed.
    /// </summary>
    public double? SpeedupBound(int workers) =>
        workers > Processors
            ? AtAllProcessors?.TotalSpeedup
            : Steps.FirstOrDefault(s => s.Threads == workers)?.EqualShareSpeedup;

    /// <summary>e.g. "16 processors deliver 12.0× one processor's counting throughput; the slowest runs at 71% of the mean, so equal shares can reach at most 8.5×".</summary>
    public string Describe()
    {
        if (AtAllProcessors is not { } all)
            return $"{Processors} processors: capacity not measured";
        var processors = Processors == 1 ? "1 processor delivers" : $"{Processors} processors deliver";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{processors} {all.TotalSpeedup:0.0}× one processor's counting throughput; the slowest runs at {all.SlowestShare:0%} of the mean, "
            + $"so equal shares can reach at most {all.EqualShareSpeedup:0.0}×");
        return Interference > InterferenceThreshold
            ? line + string.Create(CultureInfo.InvariantCulture, $" (measured while others took {Interference:0%} of the machine: not to be trusted; re-run on a quiet machine)")
            : line;
    }

    /// <summary>
    /// On a machine with SMT, what one thread per physical core delivered against every processor busy, e.g. "8 threads,
    /// one per physical core, delivered 7.6× (0.95 of one thread alone each); 16, two per core, 12.0× (0.75 each)";
    /// null without SMT, when the run may not use every processor, or when the core count was not probed.
    /// The OS places that many busy threads one per core: its scheduler fills idle cores before sharing one.
    /// </summary>
    public string? DescribeSharedCores(MachineTopology topology)
    {
        if (!topology.HasSmt || topology.LogicalProcessors != Processors || AtAllProcessors is not { } all
            || Steps.FirstOrDefault(s => s.Threads == topology.PhysicalCores) is not { } perCore || perCore == all)
            return null;
        var cores = topology.PhysicalCores;
        return string.Create(CultureInfo.InvariantCulture,
            $"{cores} threads, one per physical core, delivered {perCore.TotalSpeedup:0.0}× ({perCore.TotalSpeedup / cores:0.00} of one thread alone each); "
            + $"{Processors}, {topology.ThreadsPerCore} per core, {all.TotalSpeedup:0.0}× ({all.TotalSpeedup / Processors:0.00} each): "
            + $"{Processors} processors are {cores} cores, each slower when its threads share it");
    }
}

using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>
/// Every number held against the physical limit. For N workers on C processors:
/// OnlySleep(d): Serial ideal = N·d; any concurrent strategy = d (all sleeps overlap).
/// CrunchNumbers, t1 = one worker's time: Serial ideal = N·t1; concurrent = t1·max(1, N/C). Threads and processes are
/// time-sliced, so N workers on C processors can all finish at t1·N/C; ceil(N/C) would hold only for jobs that cannot
/// be pre-empted. t1 is the median over the run's Serial cases of their median per worker, so one case measured while
/// the host was busy does not move every number, and t1 exists without the one-worker case.
/// Where the run interleaved a case with its Serial (counting), the comparisons come from those visits: the speed-up is
/// the median of the per-visit ratios, and the medians are the visits'; elsewhere from BDN's sequential medians.
/// Each result is null when a case it needs is missing: a wrong number is worse than none.
/// </summary>
public static class ScalingMath
{
    /// <summary>The level of every speed-up's interval, interleaved or sequential.</summary>
    public const double IntervalLevel = InterleavedSettings.DefaultLevel;

    /// <summary>Serial's time / this time at the same worker count: from the interleaved visits, else BDN's medians.</summary>
    public static double? Speedup(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        result.Interleaved?.Speedup?.Ratio
        ?? (Serial(all, result.Group, result.Workers) is { } serial && result.MedianNanoseconds is { } median ? serial / median : null);

    /// <summary>
    /// The speed-up with its interval: the interleaved visits' (paired per visit), else Serial's median over each of
    /// the case's own values, which holds only the case's own noise, not the host's drift between the sequential cases.
    /// </summary>
    public static RatioInterval? SpeedupInterval(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        result.Interleaved?.Speedup
        ?? (!result.IsSerial && Serial(all, result.Group, result.Workers) is { } serial && result.Values.Count > 0
            ? RatioInterval.From(result.Values.Select(v => Math.Log(serial / v)).ToArray(), IntervalLevel)
            : null);

    /// <summary>
    /// A counting strategy's speed-up against what the machine gave equal shares of counting at its worker count: from
    /// the capacity reference of each interleaved visit, else against the probe's reading before the run.
    /// </summary>
    public static double? OfCapacity(CaseResult result, IReadOnlyCollection<CaseResult> all, MachineCapacity? capacity) =>
        result.Interleaved?.OfCapacity?.Ratio
        ?? (Speedup(result, all) is { } speedup && capacity?.SpeedupBound(result.Workers) is { } bound ? speedup / bound : null);

    /// <summary>Whether the case's comparisons come from the interleaved visits.</summary>
    public static bool IsInterleaved(CaseResult result) => result.Interleaved is not null;

    /// <summary>t1: one worker's time, in nanoseconds. A sleep's is its duration; counting's is measured (see the class).</summary>
    public static double? OneWorkerNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all)
    {
        if (result.Workload is Workload.Sleep sleep)
            return sleep.Nanoseconds;
        var perWorker = all.Where(c => c.IsSerial && c.Group == result.Group && c.ComparedNanoseconds is not null)
            .Select(c => c.ComparedNanoseconds!.Value / c.Workers).ToArray();
        return perWorker.Length > 0 ? Median.Of(perWorker) : null;
    }

    /// <summary>The fastest time physics allows for this case, in nanoseconds.</summary>
    public static double? IdealNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        OneWorkerNanoseconds(result, all) is { } t1
            ? t1 * (result.IsSerial ? result.Workers : result.Workers / IdealSpeedup(result.Workload, result.Workers, result.Processors))
            : null;

    /// <summary>The speed-up the physical limit allows a concurrent strategy: N for sleeps, min(N, C) for counting.</summary>
    public static double IdealSpeedup(Workload workload, int workers, int processors) =>
        workload is Workload.Crunch ? Math.Min(workers, processors) : workers;

    /// <summary>Ideal / median (the interleaved visits' where the case took part): 1.0 is the physical limit.</summary>
    public static double? Efficiency(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        IdealNanoseconds(result, all) is { } ideal && result.ComparedNanoseconds is { } median ? ideal / median : null;

    private static double? Serial(IReadOnlyCollection<CaseResult> all, string group, int workers) =>
        all.FirstOrDefault(c => c.IsSerial && c.Group == group && c.Workers == workers && c.MedianNanoseconds is not null)?.MedianNanoseconds;
}

using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>
/// Every number held against the physical limit, one formula for every workload. From Serial: t1, one worker's wall
/// time, and s, the share of it that keeps a processor busy (c1 = s·t1, its CPU time, capped at t1). N workers on C
/// processors: Serial's ideal is N·t1; a concurrent strategy's is max(t1, N·c1/C) = t1·max(1, N·s/C): the waits
/// overlap, the computing cannot go faster than the processors. A sleep (s = 0) gives t1 at every N; counting (s = 1)
/// t1·max(1, N/C). Threads and processes are time-sliced, so N workers on C processors can all finish at t1·N·s/C;
/// ceil(N/C) would hold only for jobs that cannot be pre-empted.
/// t1 is a sleep's duration, else the median over the run's Serial cases of their median per worker; s is the median
/// over the same cases of their busy cores (a Serial case runs one worker at a time, so its busy cores are one worker's
/// CPU share), else the share the workload declares. One case measured while the host was busy then moves no number.
/// Where the run interleaved a case with its Serial, the comparisons come from those visits: the speed-up is
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

    /// <summary>t1: one worker's time, in nanoseconds. A sleep's is its duration; any other's is measured (see the class).</summary>
    public static double? OneWorkerNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all)
    {
        if (result.Workload is Workload.Sleep sleep)
            return sleep.Nanoseconds;
        var perWorker = all.Where(c => c.IsSerial && c.Group == result.Group && c.ComparedNanoseconds is not null)
            .Select(c => c.ComparedNanoseconds!.Value / c.Workers).ToArray();
        return perWorker.Length > 0 ? Median.Of(perWorker) : null;
    }

    /// <summary>
    /// s: the share of one worker's time that keeps a processor busy, from 0 (only waits) to 1 (only computes). The
    /// median busy cores of the group's Serial cases where they were measured, capped at 1; else the workload's own.
    /// </summary>
    public static double? CpuShare(CaseResult result, IReadOnlyCollection<CaseResult> all)
    {
        var measured = all.Where(c => c.IsSerial && c.Group == result.Group && c.BusyCores is not null)
            .Select(c => Math.Clamp(c.BusyCores!.Value, 0, 1)).ToArray();
        return measured.Length > 0 ? Median.Of(measured) : result.Workload.DeclaredShare;
    }

    /// <summary>Whether the case's CPU share was measured (Serial's busy cores), not taken from what the workload declares.</summary>
    public static bool CpuShareMeasured(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        all.Any(c => c.IsSerial && c.Group == result.Group && c.BusyCores is not null);

    /// <summary>The fastest time physics allows for this case, in nanoseconds: N·t1 serially, t1·max(1, N·s/C) concurrently.</summary>
    public static double? IdealNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        OneWorkerNanoseconds(result, all) is { } t1 && CpuShare(result, all) is { } share
            ? t1 * (result.IsSerial ? result.Workers : result.Workers / IdealSpeedup(share, result.Workers, result.Processors))
            : null;

    /// <summary>
    /// The speed-up the physical limit allows a concurrent strategy, N·t1 over max(t1, N·s·t1/C): min(N, C/s), so N for
    /// sleeps (s = 0) and min(N, C) for counting (s = 1).
    /// </summary>
    public static double IdealSpeedup(double cpuShare, int workers, int processors) =>
        cpuShare <= 0 ? workers : Math.Min(workers, processors / Math.Min(cpuShare, 1));

    /// <summary>
    /// The limit for work of one long computing phase and one long wait per worker, in nanoseconds: the last worker to
    /// finish computing (at N·c1/C at best) still has its whole wait ahead, so max(t1, N·c1/C + (t1 - c1)). Work of
    /// many short slices approaches <see cref="IdealNanoseconds"/>; work of a few long phases lies between the two.
    /// </summary>
    public static double? LongPhasesNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        OneWorkerNanoseconds(result, all) is { } t1 && CpuShare(result, all) is { } share
            ? result.IsSerial ? t1 * result.Workers : t1 * (1 + share * Math.Max(0, (double)result.Workers / result.Processors - 1))
            : null;

    /// <summary>Ideal / median (the interleaved visits' where the case took part): 1.0 is the physical limit.</summary>
    public static double? Efficiency(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        IdealNanoseconds(result, all) is { } ideal && result.ComparedNanoseconds is { } median ? ideal / median : null;

    private static double? Serial(IReadOnlyCollection<CaseResult> all, string group, int workers) =>
        all.FirstOrDefault(c => c.IsSerial && c.Group == group && c.Workers == workers && c.MedianNanoseconds is not null)?.MedianNanoseconds;
}

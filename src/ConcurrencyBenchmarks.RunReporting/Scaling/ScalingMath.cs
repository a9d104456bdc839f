namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>
/// Every number held against the physical limit. For N workers on C processors:
/// OnlySleep(d): Serial ideal = N·d; any concurrent strategy = d (all sleeps overlap).
/// CrunchNumbers, t1 = one worker's time: Serial ideal = N·t1; concurrent = t1·max(1, N/C). Threads and processes are
/// time-sliced, so N workers on C processors can all finish at t1·N/C; ceil(N/C) would hold only for jobs that cannot
/// be pre-empted. t1 is the median over the run's Serial cases of their median per worker, so one case measured while
/// the host was busy does not move every number, and t1 exists without the one-worker case.
/// Speed-ups and efficiencies compare medians. Each result is null when a case it needs is missing: a wrong number
/// is worse than none.
/// </summary>
public static class ScalingMath
{
    /// <summary>Serial's median / this median at the same worker count.</summary>
    public static double? Speedup(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        Serial(all, result.Group, result.Workers) is { } serial && result.MedianNanoseconds is { } median ? serial / median : null;

    /// <summary>t1: one worker's time, in nanoseconds. A sleep's is its duration; counting's is measured (see the class).</summary>
    public static double? OneWorkerNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all)
    {
        if (result.Workload is Workload.Sleep sleep)
            return sleep.Nanoseconds;
        var perWorker = all.Where(c => c.IsSerial && c.Group == result.Group && c.MedianNanoseconds is not null)
            .Select(c => c.MedianNanoseconds!.Value / c.Workers).ToArray();
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

    /// <summary>Ideal / median: 1.0 is the physical limit.</summary>
    public static double? Efficiency(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        IdealNanoseconds(result, all) is { } ideal && result.MedianNanoseconds is { } median ? ideal / median : null;

    private static double? Serial(IReadOnlyCollection<CaseResult> all, string group, int workers) =>
        all.FirstOrDefault(c => c.IsSerial && c.Group == group && c.Workers == workers && c.MedianNanoseconds is not null)?.MedianNanoseconds;
}

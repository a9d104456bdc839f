namespace ConcurrencyBenchmarks.Reporting.Scaling;

/// <summary>
/// Every number held against the physical limit. For N workers:
/// OnlySleep(d): Serial ideal = N·d; any concurrent strategy = d (all sleeps overlap).
/// CrunchNumbers on C cores, t1 = Serial with one worker: Serial ideal = N·t1; in parallel = t1·ceil(N/C).
/// Each result is null when a case it needs is missing: a wrong number is worse than none.
/// </summary>
public static class ScalingMath
{
    /// <summary>Serial mean / this mean at the same worker count.</summary>
    public static double? Speedup(CaseResult result, IReadOnlyCollection<CaseResult> all)
    {
        var serial = Find(all, result.Group, result.Workers);
        return serial is not null && result.MeanNanoseconds is > 0 ? serial / result.MeanNanoseconds : null;
    }

    /// <summary>The fastest time physics allows for this case, in nanoseconds.</summary>
    public static double? IdealNanoseconds(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        result.Workload switch
        {
            Workload.Sleep sleep => result.IsSerial ? result.Workers * sleep.Nanoseconds : sleep.Nanoseconds,
            Workload.Crunch crunch when Find(all, result.Group, workers: 1) is { } t1 =>
                result.IsSerial ? result.Workers * t1 : t1 * Math.Ceiling(result.Workers / (double)crunch.Cores),
            _ => null,
        };

    /// <summary>The speed-up the physical limit allows: Serial's ideal over a concurrent strategy's ideal.</summary>
    public static double IdealSpeedup(Workload workload, int workers) =>
        workload is Workload.Crunch crunch ? workers / Math.Ceiling(workers / (double)crunch.Cores) : workers;

    /// <summary>Ideal / mean: 1.0 is the physical limit.</summary>
    public static double? Efficiency(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        IdealNanoseconds(result, all) is { } ideal && result.MeanNanoseconds is > 0 ? ideal / result.MeanNanoseconds : null;

    private static double? Find(IReadOnlyCollection<CaseResult> all, string group, int workers) =>
        all.FirstOrDefault(c => c.IsSerial && c.Group == group && c.Workers == workers && c.MeanNanoseconds is > 0)?.MeanNanoseconds;
}

namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// What the interleaved visits measured: every case's time in each visit (index = visit), and for each counting group
/// from 2 workers the speed-up the machine gave counting threads in the same visit (the capacity reference). The
/// run's record keeps all of it; the comparisons (speed-up, efficiency, share of capacity) are computed from it.
/// </summary>
public sealed record InterleavedRun(int Visits, int Seed, double Level, TimeSpan Elapsed,
    IReadOnlyList<InterleavedCase> Cases, IReadOnlyList<InterleavedReference> References)
{
    /// <summary>The case's figures from the visits, or null when it was not interleaved.</summary>
    public InterleavedEstimate? EstimateOf(string id)
    {
        if (Cases.FirstOrDefault(c => c.Id == id) is not { } measured)
            return null;
        var median = Median.Of(measured.Nanoseconds);
        if (measured.IsBaseline || Cases.FirstOrDefault(c => c.Group == measured.Group && c.IsBaseline) is not { } serial)
            return new InterleavedEstimate(median, null, null, measured.Nanoseconds);
        var speedups = serial.Nanoseconds.Zip(measured.Nanoseconds, (s, c) => Math.Log(s / c)).ToArray();
        var bounds = measured.Workers == 1 ? speedups.Select(_ => 1.0).ToArray() // one thread against one: the bound is 1
            : References.FirstOrDefault(r => r.Group == measured.Group)?.Bounds.ToArray();
        var ofCapacity = bounds is null ? null : RatioInterval.From(speedups.Zip(bounds, (s, b) => s - Math.Log(b)).ToArray(), Level);
        return new InterleavedEstimate(median, RatioInterval.From(speedups, Level), ofCapacity, measured.Nanoseconds);
    }


    /// <summary>What the machine gave <paramref name="workers"/> equal counting workers over the visits (the references' median), or null.</summary>
    public double? CapacityBound(int workers) =>
        workers == 1 ? 1
        : References.Where(r => r.Workers == workers).SelectMany(r => r.Bounds).ToArray() is { Length: > 0 } bounds ? Median.Of(bounds) : null;
}

/// <summary>One case's time in each visit, in nanoseconds, with where it stands: its group (a workload at one worker count) and strategy.</summary>
public sealed record InterleavedCase(string Id, string Group, string Strategy, int Workers, bool IsBaseline, IReadOnlyList<double> Nanoseconds);

/// <summary>The speed-up the machine gave <see cref="Workers"/> equal counting workers in each visit of the group.</summary>
public sealed record InterleavedReference(string Group, int Workers, IReadOnlyList<double> Bounds);

/// <summary>
/// A case's figures from the visits: its median time, and for a strategy its speed-up over Serial and its share of
/// the machine's capacity, each the median of the per-visit ratios with its interval; and its time in each visit.
/// </summary>
public sealed record InterleavedEstimate(double MedianNanoseconds, RatioInterval? Speedup, RatioInterval? OfCapacity, IReadOnlyList<double> Visits);

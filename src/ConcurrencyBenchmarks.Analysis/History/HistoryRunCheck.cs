namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// Every field of a run checked as the history needs it: what <c>history report</c> would refuse to read,
/// <c>history add</c> refuses to write, by the same rule.
/// </summary>
public static class HistoryRunCheck
{
    /// <summary>Why the run cannot be kept, or null when it can.</summary>
    public static string? Problem(HistoryRun? run)
    {
        if (run is null)
            return "not a run: null";
        if (string.IsNullOrWhiteSpace(run.Id))
            return "no Id";
        if (string.IsNullOrWhiteSpace(run.Commit))
            return "no Commit";
        if (run.Date == default)
            return "no Date";
        if (run.Machine is not { Processor: not null, Os: not null, Runtime: not null })
            return "no Machine, or one without Processor, Os and Runtime";
        if (run.Machine.LogicalCores is < 1 || run.Machine.PhysicalCores is < 1)
            return "a Machine with fewer than one core";
        if (run.Benchmarks is not { Count: > 0 })
            return "no Benchmarks";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var benchmark in run.Benchmarks)
        {
            if (benchmark is null || string.IsNullOrWhiteSpace(benchmark.Id))
                return "a benchmark without an Id";
            if (BenchmarkProblem(benchmark) is { } problem)
                return $"{benchmark.Id}: {problem}";
            if (!seen.Add(benchmark.Id))
                return $"{benchmark.Id}: twice in one run";
        }
        return null;
    }

    private static string? BenchmarkProblem(HistoryBenchmark benchmark)
    {
        if (benchmark.Type is null || benchmark.Method is null || benchmark.Parameters is null)
            return "no Type, Method or Parameters";
        foreach (var (name, value) in new[]
                 {
                     ("Median", benchmark.Median), ("LowerQuartile", benchmark.LowerQuartile), ("UpperQuartile", benchmark.UpperQuartile),
                     ("Min", benchmark.Min), ("Max", benchmark.Max),
                 })
            if (!(double.IsFinite(value) && value > 0))
                return $"{name} is not a time above zero ({value})";
        if (benchmark.N < 1)
            return $"N is {benchmark.N}, not a count of measurements";
        if (benchmark.Speedup is { } speedup && !(double.IsFinite(speedup) && speedup > 0))
            return $"Speedup is not a ratio above zero ({speedup})";
        if (benchmark.Efficiency is { } efficiency && !(double.IsFinite(efficiency) && efficiency >= 0))
            return $"Efficiency is not a share of zero or more ({efficiency})";
        if (benchmark.OfCapacity is { } share && !(double.IsFinite(share) && share > 0))
            return $"OfCapacity is not a share above zero ({share})";
        return null;
    }
}

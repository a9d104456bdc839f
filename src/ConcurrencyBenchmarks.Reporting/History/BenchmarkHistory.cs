using ConcurrencyBenchmarks.Reporting.Comparison;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.History;

/// <summary>One commit in a benchmark's history: its median and quartiles in nanoseconds, its speed-up over Serial when it has one.</summary>
/// <param name="Runs">How many runs of the commit the point stands for (their medians' median).</param>
public sealed record HistoryPoint(string Commit, DateTimeOffset Date, double Median, double LowerQuartile, double UpperQuartile, double? Speedup, int Runs);

/// <summary>
/// One benchmark's history on one machine: a point per commit, oldest first. Runs are taken in the order of their
/// dates; runs of the same commit in a row (a job run again) make one point, the median of their medians.
/// </summary>
public sealed record BenchmarkHistory(string Id, string Type, string Method, string Parameters, IReadOnlyList<HistoryPoint> Points)
{
    /// <summary>Where the benchmark stands in scaling (its family and worker count), or null.</summary>
    public ScalingCase? Scaling => ScalingCase.From(Type, Method, Parameters);

    public static IReadOnlyList<BenchmarkHistory> Of(MachineHistory machine)
    {
        // OrderBy is stable: runs of one date keep the order they were added in.
        var runs = machine.Runs.OrderBy(r => r.Date).ToArray();
        var histories = new List<BenchmarkHistory>();
        foreach (var benchmark in runs.SelectMany(r => r.Benchmarks.Select(b => (Run: r, Benchmark: b))).GroupBy(x => x.Benchmark.Id, StringComparer.Ordinal))
        {
            var points = new List<HistoryPoint>();
            foreach (var commit in Consecutive(benchmark.ToArray(), x => x.Run.Commit))
            {
                var values = commit.Select(x => x.Benchmark).ToArray();
                var speedups = values.Where(v => v.Speedup is not null).Select(v => v.Speedup!.Value).ToArray();
                points.Add(new HistoryPoint(commit[0].Run.Commit, commit[^1].Run.Date,
                    Median(values.Select(v => v.Median)), Median(values.Select(v => v.LowerQuartile)), Median(values.Select(v => v.UpperQuartile)),
                    speedups.Length > 0 ? Median(speedups) : null, values.Length));
            }
            var last = benchmark.Last().Benchmark;
            histories.Add(new BenchmarkHistory(benchmark.Key, last.Type, last.Method, last.Parameters, points));
        }
        return histories;
    }

    private static IEnumerable<T[]> Consecutive<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var start = 0;
        for (var i = 1; i <= items.Count; i++)
            if (i == items.Count || key(items[i]) != key(items[start]))
            {
                yield return items.Skip(start).Take(i - start).ToArray();
                start = i;
            }
    }

    private static double Median(IEnumerable<double> values) => ScalingMath.Median(values.ToArray());
}

using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.Charts;

/// <summary>One workload's results, ready to plot: for each strategy its mean time at each worker count.</summary>
public sealed record ChartSeries(string Workload, Workload Kind, IReadOnlyList<int> Workers,
    IReadOnlyList<(string Strategy, IReadOnlyList<(int Workers, double Milliseconds, double? Speedup)> Points)> Strategies,
    IReadOnlyList<(int Workers, double IdealMilliseconds, double IdealSpeedup)> Ideal)
{
    /// <summary>One series per group of comparable cases in the summary (normally one per benchmark class).</summary>
    public static IReadOnlyList<ChartSeries> From(Summary summary)
    {
        var cases = SummaryCases.Of(summary);
        var all = cases.Values;
        var ordered = summary.BenchmarksCases.Where(cases.ContainsKey).Select(c => (Case: c, Result: cases[c])).ToArray();
        var series = new List<ChartSeries>();
        foreach (var group in ordered.GroupBy(c => c.Result.Group))
        {
            var workers = group.Select(c => c.Result.Workers).Distinct().Order().ToArray();
            var strategies = group.GroupBy(c => c.Result.Strategy)
                .Select(s => (s.Key, (IReadOnlyList<(int, double, double?)>)s
                    .Where(c => c.Result.MeanNanoseconds is > 0)
                    .OrderBy(c => c.Result.Workers)
                    .Select(c => (c.Result.Workers, c.Result.MeanNanoseconds!.Value / 1e6, ScalingMath.Speedup(c.Result, all)))
                    .ToArray()))
                .ToArray();
            var first = group.First();
            // The ideal of a concurrent strategy at each worker count (Serial's ideal is the Serial line itself).
            var ideal = workers
                .Select(n => (Workers: n, Nanoseconds: ScalingMath.IdealNanoseconds(first.Result with { IsSerial = false, Workers = n }, all)))
                .Where(i => i.Nanoseconds is not null)
                .Select(i => (i.Workers, i.Nanoseconds!.Value / 1e6, ScalingMath.IdealSpeedup(first.Result.Workload, i.Workers)))
                .ToArray();
            series.Add(new ChartSeries(first.Case.Descriptor.Type.Name.Replace("Benchmarks", ""), first.Result.Workload,
                workers, strategies, ideal));
        }
        return series;
    }
}

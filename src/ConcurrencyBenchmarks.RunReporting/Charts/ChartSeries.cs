using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Charts;

/// <summary>One strategy at one worker count: the median time with its interquartile range, and the speed-up with its range.</summary>
/// <param name="Milliseconds">Median, lower and upper quartile of the time, in milliseconds.</param>
/// <param name="Speedup">The speed-up with its interval (<see cref="ScalingMath.SpeedupInterval"/>), or Serial's median over this case's upper and lower quartile where there is no interval; null without Serial.</param>
public sealed record ChartPoint(int Workers, (double Median, double Low, double High) Milliseconds, (double Median, double Low, double High)? Speedup);

/// <summary>
/// One workload's results, ready to plot: for each strategy its points, the ideal at each worker count, and, for
/// counting, the speed-up the machine delivered to the capacity probe.
/// </summary>
/// <param name="Group">What sets this group apart from others in the same summary: its job and other parameters.</param>
public sealed record ChartSeries(string Workload, string Group, Workload Kind, IReadOnlyList<int> Workers,
    IReadOnlyList<(string Strategy, IReadOnlyList<ChartPoint> Points)> Strategies,
    IReadOnlyList<(int Workers, double IdealMilliseconds, double IdealSpeedup)> Ideal,
    IReadOnlyList<(int Workers, double Speedup)> Capacity)
{
    /// <summary>One series per group of comparable cases in the summary (normally one per benchmark class).</summary>
    public static IReadOnlyList<ChartSeries> From(Summary summary, RunEnvironment environment)
    {
        var cases = SummaryCases.Of(summary, environment);
        var all = cases.Values;
        var ordered = summary.BenchmarksCases.Where(cases.ContainsKey).Select(c => (Case: c, Result: cases[c])).ToArray();
        var series = new List<ChartSeries>();
        foreach (var group in ordered.GroupBy(c => c.Result.Group))
        {
            var workers = group.Select(c => c.Result.Workers).Distinct().Order().ToArray();
            var strategies = group.GroupBy(c => c.Result.Strategy)
                .Select(s => (s.Key, (IReadOnlyList<ChartPoint>)s
                    .Where(c => c.Result.MedianNanoseconds is not null)
                    .OrderBy(c => c.Result.Workers)
                    .Select(c => Point(c.Result, all))
                    .ToArray()))
                .ToArray();
            var first = group.First();
            // The ideal of a concurrent strategy at each worker count (Serial's ideal is the Serial line itself); one exists only with a CPU share.
            var ideal = workers
                .Select(n => (Workers: n, Nanoseconds: ScalingMath.IdealNanoseconds(first.Result with { IsSerial = false, Workers = n }, all)))
                .Where(i => i.Nanoseconds is not null)
                .Select(i => (i.Workers, i.Nanoseconds!.Value / 1e6, ScalingMath.IdealSpeedup(ScalingMath.CpuShare(first.Result, all)!.Value, i.Workers, first.Result.Processors)))
                .ToArray();
            // What the machine gave: beside the cases in the interleaved visits where they were made, else the probe's before the run.
            var capacity = first.Result.Workload is not Scaling.Workload.Crunch ? []
                : workers.Select(n => (Workers: n, Bound: first.Result.Interleaved is not null ? environment.Interleaved?.CapacityBound(n) : environment.Capacity?.SpeedupBound(n)))
                    .Where(c => c.Bound is not null).Select(c => (c.Workers, c.Bound!.Value)).ToArray();
            var others = first.Case.Parameters.Items.Where(p => p.Name != SummaryCases.Contract(first.Case)!.WorkersParameter)
                .Select(p => $"{p.Name}={p.Value}");
            var description = string.Join(", ", others.Prepend(first.Case.Job.DisplayInfo));
            series.Add(new ChartSeries(first.Case.Descriptor.Type.Name.Replace("Benchmarks", ""), description, first.Result.Workload,
                workers, strategies, ideal, capacity));
        }
        return series;
    }

    private static ChartPoint Point(CaseResult result, IReadOnlyCollection<CaseResult> all)
    {
        var timing = result.Timing!;
        var speedup = ScalingMath.Speedup(result, all) is not { } median ? ((double, double, double)?)null
            : ScalingMath.SpeedupInterval(result, all) is { HasInterval: true } interval ? (median, interval.Lower, interval.Upper)
            : (median, median * timing.Median / timing.UpperQuartile, median * timing.Median / Math.Max(timing.LowerQuartile, 1e-9));
        return new ChartPoint(result.Workers, (timing.Median / 1e6, timing.LowerQuartile / 1e6, timing.UpperQuartile / 1e6), speedup);
    }
}

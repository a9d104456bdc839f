using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.RunReporting;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>One commit in a benchmark's history: its median and quartiles in nanoseconds, its speed-up over Serial when it has one.</summary>
/// <param name="Slot">The commit's place in the machine's history (see <see cref="BenchmarkHistory.Slots"/>): where it is drawn.</param>
/// <param name="Runs">How many runs of the commit the point stands for (their medians' median).</param>
public sealed record HistoryPoint(int Slot, string Commit, DateTimeOffset Date, double Median, double LowerQuartile, double UpperQuartile, double? Speedup, int Runs);

/// <summary>
/// One benchmark's history on one machine: a point per commit, oldest first. Runs are taken in the order of their
/// dates; runs of the same commit in a row (a job run again) make one point, the median of their medians. A commit
/// measured again later (an old commit's job re-run) is a point of its own, where it was measured.
/// </summary>
public sealed record BenchmarkHistory(string Id, string Type, string Method, string Parameters, IReadOnlyList<HistoryPoint> Points)
{
    /// <summary>Where the benchmark stands in scaling (its family, worker count and baseline), as its newest run recorded it, or null.</summary>
    public ScalingCase? Scaling { get; init; }

    /// <summary>The machine's runs in the order of their dates, runs of one commit in a row together: one slot per point.</summary>
    public static IReadOnlyList<HistoryRun[]> Slots(MachineHistory machine) =>
        Consecutive(machine.Runs.OrderBy(r => r.Date).ToArray(), r => r.Commit).ToArray(); // OrderBy is stable: a tie keeps the order of adding

    public static IReadOnlyList<BenchmarkHistory> Of(MachineHistory machine)
    {
        var slots = Slots(machine);
        // GroupBy keeps the order of first appearance: each benchmark's points come oldest slot first.
        return slots.SelectMany((runs, slot) => runs.SelectMany(r => r.Benchmarks).Select(b => (Slot: slot, Benchmark: b)))
            .GroupBy(x => x.Benchmark.Id, StringComparer.Ordinal)
            .Select(benchmark =>
            {
                var last = benchmark.Last().Benchmark;
                var points = benchmark.GroupBy(x => x.Slot).Select(slot => Point(slot.Key, slots[slot.Key], slot.Select(x => x.Benchmark).ToArray()));
                return new BenchmarkHistory(last.Id, last.Type, last.Method, last.Parameters, points.ToArray()) { Scaling = last.Scaling };
            }).ToArray();
    }

    /// <summary>One slot's point: the median of its runs' medians, quartiles and speed-ups.</summary>
    private static HistoryPoint Point(int slot, HistoryRun[] runs, HistoryBenchmark[] values)
    {
        var speedups = values.Where(v => v.Speedup is not null).Select(v => v.Speedup!.Value).ToArray();
        return new HistoryPoint(slot, runs[0].Commit, runs[^1].Date,
            Median.Of(values.Select(v => v.Median).ToArray()), Median.Of(values.Select(v => v.LowerQuartile).ToArray()), Median.Of(values.Select(v => v.UpperQuartile).ToArray()),
            speedups.Length > 0 ? Median.Of(speedups) : null, values.Length);
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

}

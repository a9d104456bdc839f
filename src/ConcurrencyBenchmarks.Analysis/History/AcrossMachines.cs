using System.Globalization;
using System.Text;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// The same question put to every machine side by side: from each machine's newest run, per workload and strategy,
/// the speed-up over Serial, the efficiency (against that machine's own ideal) and, for counting, the share of what the
/// machine delivered to the capacity probe, at each worker count. A fleet of CI runners is read here: which strategy
/// wins where, and how close each machine comes to its limit.
/// </summary>
public static class AcrossMachines
{
    /// <summary>One case of the newest run of one machine; efficiency and share of capacity null where the run did not record them.</summary>
    public sealed record Cell(double Speedup, double? Efficiency, double? OfCapacity = null);

    /// <summary>One workload and strategy on one machine, by worker count.</summary>
    public sealed record Row(string Workload, string Strategy, MachineSeries Machine, string Commit, IReadOnlyDictionary<int, Cell> ByWorkers);

    /// <summary>Every machine's newest run, per workload and strategy (Serial, whose speed-up is 1 by definition, left out); empty for one machine.</summary>
    public static IReadOnlyList<Row> Of(HistoryReport report)
    {
        var machines = report.Machines.Where(m => m.Machine.Runs.Count > 0).ToArray();
        if (machines.Length < 2)
            return [];
        return machines.SelectMany(machine =>
            {
                var newest = machine.Machine.Runs.MaxBy(run => run.Date)!;
                return newest.Benchmarks
                    .Select(benchmark => (Benchmark: benchmark, Case: benchmark.Scaling))
                    .Where(b => b.Case is { IsBaseline: false } && b.Benchmark.Speedup is not null)
                    .GroupBy(b => (b.Case!.Family, b.Case.Strategy))
                    .Select(g => new Row(g.Key.Family, g.Key.Strategy, machine.Machine.Machine, newest.Commit,
                        g.GroupBy(b => b.Case!.Workers).ToDictionary(w => w.Key, w => CellOf(w.First().Benchmark))));
            })
            .OrderBy(r => r.Workload, StringComparer.Ordinal).ThenBy(r => r.Strategy, StringComparer.Ordinal)
            .ThenBy(r => r.Machine.ToString(), StringComparer.Ordinal)
            .ToArray();
    }

    private static Cell CellOf(HistoryBenchmark benchmark) => new(benchmark.Speedup!.Value, benchmark.Efficiency, benchmark.OfCapacity);

    /// <summary>The worker counts any machine measured for the workload, in order: the columns of its table.</summary>
    public static IReadOnlyList<int> Workers(IEnumerable<Row> rows) => rows.SelectMany(r => r.ByWorkers.Keys).Distinct().Order().ToArray();

    /// <summary>
    /// "3.9× (97%)", with the share of capacity "3.9× (97%, 99% of capacity)", "3.9×" with neither, "-" where the
    /// machine did not measure that worker count.
    /// </summary>
    public static string Format(Row row, int workers)
    {
        if (!row.ByWorkers.TryGetValue(workers, out var cell))
            return "-";
        var shares = new[]
        {
            cell.Efficiency is { } efficiency ? string.Create(CultureInfo.InvariantCulture, $"{efficiency * 100:0}%") : null,
            cell.OfCapacity is { } capacity ? string.Create(CultureInfo.InvariantCulture, $"{capacity * 100:0}% of capacity") : null,
        }.OfType<string>().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{cell.Speedup:0.0#}×") + (shares.Length > 0 ? $" ({string.Join(", ", shares)})" : "");
    }

    /// <summary>A commit as the page and markdown name it: its first 7 characters.</summary>
    public static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;

    public const string Legend =
        "Each machine's newest run: the speed-up over Serial at each worker count, and in parentheses the efficiency, the "
        + "machine's own ideal over the median (100% is its physical limit). The speed-ups were measured within each run, "
        + "so they hold across machines of different speed; the efficiencies say how close each came to what its processors allow. "
        + "For counting, the share of capacity holds the speed-up against what the machine delivered to equal shares of counting "
        + "at that worker count, measured beside the cases (100% uses all the machine gave, where a shared runner gives less than its processors). "
        + "A machine no longer measured keeps its last row, with the commit it measured.";

    /// <summary>The view as markdown, one table per workload; empty when the history holds fewer than two machines.</summary>
    public static string Markdown(HistoryReport report)
    {
        var rows = Of(report);
        if (rows.Count == 0)
            return "";
        var text = new StringBuilder().AppendLine("## Across machines").AppendLine().AppendLine(Legend);
        foreach (var workload in rows.GroupBy(r => r.Workload))
        {
            var workers = Workers(workload);
            text.AppendLine().AppendLine($"### {workload.Key}").AppendLine();
            text.AppendLine($"| Strategy | Machine | Newest run | {string.Join(" | ", workers.Select(w => $"{w} worker{(w == 1 ? "" : "s")}"))} |");
            text.AppendLine($"| --- | --- | --- |{string.Concat(workers.Select(_ => " ---: |"))}");
            foreach (var row in workload)
                text.AppendLine($"| {row.Strategy} | {row.Machine} | `{Short(row.Commit)}` | {string.Join(" | ", workers.Select(w => Format(row, w)))} |");
        }
        return text.ToString();
    }
}

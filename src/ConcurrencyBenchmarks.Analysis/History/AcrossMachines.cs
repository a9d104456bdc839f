using System.Globalization;
using System.Text;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// The same question put to every machine side by side: from each machine's newest run, per workload and strategy,
/// the speed-up over Serial and the efficiency (against that machine's own ideal) at each worker count. A fleet of CI
/// runners is read here: which strategy wins where, and how close each machine comes to its limit.
/// </summary>
public static class AcrossMachines
{
    /// <summary>One case of the newest run of one machine; efficiency null where the run did not record it.</summary>
    public sealed record Cell(double Speedup, double? Efficiency);

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
                        g.GroupBy(b => b.Case!.Workers).ToDictionary(w => w.Key, w => new Cell(w.First().Benchmark.Speedup!.Value, w.First().Benchmark.Efficiency))));
            })
            .OrderBy(r => r.Workload, StringComparer.Ordinal).ThenBy(r => r.Strategy, StringComparer.Ordinal)
            .ThenBy(r => r.Machine.ToString(), StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The worker counts any machine measured for the workload, in order: the columns of its table.</summary>
    public static IReadOnlyList<int> Workers(IEnumerable<Row> rows) => rows.SelectMany(r => r.ByWorkers.Keys).Distinct().Order().ToArray();

    /// <summary>"3.9× (97%)", "3.9×" without an efficiency, "-" where the machine did not measure that worker count.</summary>
    public static string Format(Row row, int workers) =>
        !row.ByWorkers.TryGetValue(workers, out var cell) ? "-"
        : string.Create(CultureInfo.InvariantCulture, $"{cell.Speedup:0.0#}×") + (cell.Efficiency is { } e ? string.Create(CultureInfo.InvariantCulture, $" ({e * 100:0}%)") : "");

    /// <summary>A commit as the page and markdown name it: its first 7 characters.</summary>
    public static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;

    public const string Legend =
        "Each machine's newest run: the speed-up over Serial at each worker count, and in parentheses the efficiency, the "
        + "machine's own ideal over the median (100% is its physical limit). The speed-ups were measured within each run, "
        + "so they hold across machines of different speed; the efficiencies say how close each came to what its processors allow. "
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

using System.Globalization;
using System.Net;
using System.Text;
using ConcurrencyBenchmarks.RunReporting.Page;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// <c>history.html</c>: the steps found first, then per machine and workload the speed-ups over commits at the largest
/// worker count, and each benchmark's median per commit, grouped by strategy. Charts are SVG files beside the page; no
/// script, nothing fetched, so it works opened from disk or served as it is (GitHub Pages).
/// </summary>
public static class HistoryPage
{
    public const string FileName = "history.html";

    /// <summary>Writes the page and its charts into <paramref name="folder"/> and returns the page's path.</summary>
    public static string Write(HistoryReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder, "history-*.svg"))
            File.Delete(old); // charts of an earlier report, which this page would not show
        var html = new StringBuilder();
        HtmlHead.Write(html, "ConcurrencyBenchmarks history", Style);
        html.AppendLine($"<p class=\"when\">{E(HistoryMarkdown.Overview(report))} Written {E(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC.</p>");
        Steps(html, report);
        Across(html, report);
        Problems(html, report);
        var chart = 0;
        for (var m = 0; m < report.Machines.Count; m++)
            Machine(html, report.Machines[m], m, folder, ref chart);
        html.AppendLine("</body></html>");
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, html.ToString(), Encoding.UTF8);
        return path;
    }

    private static void Steps(StringBuilder html, HistoryReport report)
    {
        html.AppendLine("<section id=\"steps\"><h2>Steps</h2>");
        var rows = report.Rows;
        if (rows.Count == 0)
            html.AppendLine($"<p>{E(HistoryMarkdown.NoSteps(report))}</p>");
        else
        {
            html.AppendLine("<table><thead><tr><th>Benchmark</th><th>Change</th><th>Before</th><th>After</th>"
                            + "<th>First commit after</th><th>Last commit before</th><th>Also changed there</th><th>Machine</th></tr></thead><tbody>");
            foreach (var line in rows.SelectMany(StepLine.Of))
                html.AppendLine($"<tr class=\"{line.Kind.ToString().ToLowerInvariant()}\"><td>{E(line.Series)}</td>"
                                + $"<td class=\"n\">{E(line.Change)}</td><td class=\"n\">{E(line.Before)}</td><td class=\"n\">{E(line.After)}</td>"
                                + $"<td><code>{E(line.Commit)}</code></td><td><code>{E(line.PreviousCommit)}</code></td><td>{E(line.AlsoChanged)}</td><td>{E(line.Machine)}</td></tr>");
            html.AppendLine("</tbody></table>");
        }
        html.AppendLine($"<p class=\"how\">{E(HistoryMarkdown.Method)}</p></section>");
    }

    /// <summary>Every machine side by side (<see cref="AcrossMachines"/>): nothing for a history of one machine.</summary>
    private static void Across(StringBuilder html, HistoryReport report)
    {
        var rows = AcrossMachines.Of(report);
        if (rows.Count == 0)
            return;
        html.AppendLine($"<section id=\"across\"><h2>Across machines</h2><p class=\"how\">{E(AcrossMachines.Legend)}</p>");
        foreach (var workload in rows.GroupBy(r => r.Workload))
        {
            var workers = AcrossMachines.Workers(workload);
            html.AppendLine($"<h3>{E(workload.Key)}</h3><table><thead><tr><th>Strategy</th><th>Machine</th><th>Newest run</th>"
                            + string.Concat(workers.Select(w => $"<th>{w} worker{(w == 1 ? "" : "s")}</th>")) + "</tr></thead><tbody>");
            foreach (var row in workload)
                html.AppendLine($"<tr><td>{E(row.Strategy)}</td><td>{E(row.Machine.ToString())}</td><td><code>{E(AcrossMachines.Short(row.Commit))}</code></td>"
                                + string.Concat(workers.Select(w => $"<td class=\"n\">{E(AcrossMachines.Format(row, w))}</td>")) + "</tr>");
            html.AppendLine("</tbody></table>");
        }
        html.AppendLine("</section>");
    }

    private static void Problems(StringBuilder html, HistoryReport report)
    {
        if (report.Problems.Count == 0)
            return;
        html.AppendLine("<section id=\"problems\"><h2>Lines that could not be read</h2><ul>");
        foreach (var problem in report.Problems)
            html.AppendLine($"<li><code>{E(problem.ToString())}</code></li>");
        html.AppendLine("</ul></section>");
    }

    private static void Machine(StringBuilder html, MachineReport machine, int index, string folder, ref int chart)
    {
        html.AppendLine($"<section id=\"machine-{index + 1}\"><h2>{E(machine.Machine.Machine.ToString())}</h2>");
        html.AppendLine($"<p>{E($"{machine.Machine.Runs.Count} runs of {machine.Commits.Count} commits, kept in {Path.GetFileName(machine.Machine.File)}.")}</p>");
        var marks = HistoryMarkdown.Marks(machine).ToArray();
        if (marks.Length > 0)
            html.AppendLine($"<ul class=\"marks\">{string.Concat(marks.Select(m => $"<li>{E(m)}</li>"))}</ul>");
        foreach (var workload in machine.Benchmarks.GroupBy(b => b.Benchmark.Type))
        {
            html.AppendLine($"<h3>{E(workload.Key)}</h3>");
            // The speed-ups at the largest worker count, and at every count where a speed-up stepped.
            var speedupSteps = machine.Steps.Where(s => s.Measure == StepMeasure.Speedup).ToArray();
            foreach (var family in workload.Where(b => b.Benchmark.Scaling is not null).GroupBy(b => b.Benchmark.Scaling!.Family))
            {
                var stepped = speedupSteps.Where(s => family.Any(b => b.Benchmark.Id == s.Benchmark.Id)).Select(s => s.Benchmark.Scaling!.Workers);
                foreach (var workers in stepped.Append(family.Max(b => b.Benchmark.Scaling!.Workers)).Distinct().Order())
                {
                    var strategies = family.Select(b => b.Benchmark).Where(b => b.Scaling!.Workers == workers && !b.Scaling.IsBaseline).ToArray();
                    if (strategies.Length > 0)
                        Figure(html, folder, ref chart, HistoryCharts.Speedups(strategies, speedupSteps.Where(s => strategies.Any(b => b.Id == s.Benchmark.Id)).ToArray(),
                                machine, $"{workload.Key}: speed-up over Serial at {workers} workers"),
                            $"{workload.Key}: each strategy's speed-up over Serial at {workers} workers, per commit", wide: true);
                }
            }
            foreach (var strategy in workload.GroupBy(b => b.Benchmark.Method))
            {
                html.AppendLine($"<h4>{E(strategy.Key)}</h4><div class=\"charts\">");
                foreach (var (benchmark, verdict) in strategy)
                    Figure(html, folder, ref chart, HistoryCharts.Benchmark(benchmark, verdict.Steps, machine, HistoryMarkdown.Name(benchmark)),
                        HistoryMarkdown.Name(benchmark) + (verdict.NoVerdict is { } why ? $" (no verdict on steps: {why})" : ""), wide: false);
                html.AppendLine("</div>");
            }
        }
        html.AppendLine("</section>");
    }

    private static void Figure(StringBuilder html, string folder, ref int chart, ScottPlot.Plot plot, string caption, bool wide)
    {
        var file = $"history-{++chart:D3}.svg";
        HistoryCharts.Save(plot, Path.Combine(folder, file));
        html.AppendLine($"<figure{(wide ? " class=\"wide\"" : "")}><img src=\"{file}\" alt=\"{E(caption)}\"><figcaption>{E(caption)}</figcaption></figure>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1400px; padding: 0 1rem; color: #222; }
        h1 { margin-bottom: 0.2rem; } .when { color: #555; margin-top: 0; } .how { color: #555; font-size: 0.9rem; }
        section { margin: 2rem 0; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; flex: 1 1 560px; max-width: 680px; } figure.wide { max-width: 1000px; margin: 1rem 0; }
        figure img { width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { text-align: center; color: #555; font-size: 0.85rem; }
        table { border-collapse: collapse; font-size: 0.85rem; } th, td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; }
        th { background: #f3f3f3; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.worse td { background: #fde2e1; } tr.better td { background: #e2f5e1; } tr.follows td { color: #555; }
        """;
}

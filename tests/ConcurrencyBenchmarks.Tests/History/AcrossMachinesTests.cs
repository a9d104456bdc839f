using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>The cross-machine view: a fleet of four runner kinds, each machine's newest run side by side.</summary>
public class AcrossMachinesTests
{
    /// <summary>
    /// The four runner kinds of the workflow's matrix, each with its processors, how far ThreadPool gets of them, and
    /// how much of them the machine delivered to the capacity probe.
    /// </summary>
    private static readonly (MachineFingerprint Machine, double PoolShare, double Delivered)[] Fleet =
    [
        (new("AMD EPYC 7763 64-Core Processor", 4, 2, "Linux Ubuntu 24.04.1 LTS", ".NET 10.0.12"), 0.95, 1.0),
        (new("Neoverse-N2", 4, 4, "Linux Ubuntu 24.04.1 LTS", ".NET 10.0.12"), 0.9, 0.95),
        (new("AMD EPYC 7763 64-Core Processor", 4, 2, "Windows 10 (10.0.26100.4061)", ".NET 10.0.12"), 0.8, 0.9),
        (new("Apple M1 (Virtual)", 3, 3, "macOS Sonoma 14.7.6 (23H626) [Darwin 23.6.0]", ".NET 10.0.12"), 0.7, 0.875),
    ];

    /// <summary>
    /// A machine's runs: counting on <c>LogicalCores</c> processors at 1, 2, 4 and 8 workers; the newest run's
    /// ThreadPool reaches <paramref name="poolShare"/> of the ideal, and the machine delivered <paramref name="delivered"/>
    /// of it to the capacity probe from 2 workers (one worker is the probe's unit).
    /// </summary>
    private static MachineHistory Runs(MachineFingerprint machine, double poolShare, double delivered, int runs = 2)
    {
        var processors = machine.LogicalCores!.Value;
        var history = Enumerable.Range(0, runs).Select(run =>
        {
            var share = run == runs - 1 ? poolShare : 0.5; // an older run that the view must not show
            var benchmarks = new[] { 1, 2, 4, 8 }.SelectMany(workers =>
            {
                var ideal = Math.Min(workers, processors);
                var capacity = workers == 1 ? 1 : ideal * delivered;
                return new[] { ("Serial", 1.0, 1.0), ("ThreadPool", ideal * share, share) }.Select(s =>
                    new HistoryBenchmark($"Synthetic.CountingBenchmarks.{s.Item1}(Workers: {workers})", "CountingBenchmarks", s.Item1, $"Workers={workers}",
                        1e8 * workers / s.Item2, 1e8, 1e8, 1e8, 1e8, 10, s.Item2, s.Item3, "Workers", s.Item1 == "Serial",
                        OfCapacity: s.Item1 == "Serial" ? null : s.Item2 / capacity));
            }).ToArray();
            return new HistoryRun($"{machine.Processor}-{run}", $"{run:x4}{new string('0', 36)}", new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).AddDays(run), machine, benchmarks);
        }).ToArray();
        return new MachineHistory(machine.Processor, MachineSeries.Of(machine), history);
    }

    private static HistoryReport Report(params (MachineFingerprint Machine, double PoolShare, double Delivered)[] fleet) =>
        HistoryReport.Of(new HistoryContents(fleet.Select(m => Runs(m.Machine, m.PoolShare, m.Delivered)).ToArray(), []));

    [Fact]
    public void Each_machine_newest_run_is_one_row_per_strategy_with_its_speedup_efficiency_and_share_of_capacity_at_each_worker_count()
    {
        var rows = AcrossMachines.Of(Report(Fleet));

        Assert.Equal(4, rows.Count); // ThreadPool on four machines; Serial is the baseline, 1× everywhere
        Assert.All(rows, r => Assert.Equal("ThreadPool", r.Strategy));
        Assert.Equal(4, rows.Select(r => r.Machine).Distinct().Count()); // the Linux and Windows EPYCs are two series
        var windows = rows.Single(r => r.Machine.OsFamily == "Windows");
        // 4 processors × 0.8, the newest run's; the machine delivered 3.6 of its 4 to the probe, so 3.2× is 89% of that.
        Assert.Equal("3.2× (80%, 89% of capacity)", AcrossMachines.Format(windows, 4));
        var mac = rows.Single(r => r.Machine.OsFamily == "macOS");
        Assert.Equal("2.1× (70%, 80% of capacity)", AcrossMachines.Format(mac, 8)); // its 3 processors bound it
        var linux = rows.Single(r => r.Machine.Processor.StartsWith("AMD") && r.Machine.OsFamily == "Linux");
        Assert.Equal("0.95× (95%, 95% of capacity)", AcrossMachines.Format(linux, 1));
        Assert.Equal([1, 2, 4, 8], AcrossMachines.Workers(rows));
    }

    [Fact]
    public void The_markdown_and_the_page_put_the_machines_side_by_side_and_a_single_machine_gets_no_such_section()
    {
        var report = Report(Fleet);
        using var folder = new TemporaryFolder("cb-across-");

        var markdown = HistoryMarkdown.Write(report);
        var page = File.ReadAllText(HistoryPage.Write(report, folder.Path));

        Assert.Contains("## Across machines", markdown);
        Assert.Contains("| Strategy | Machine | Newest run | 1 worker | 2 workers | 4 workers | 8 workers |", markdown);
        Assert.Contains("| ThreadPool | Neoverse-N2, 4 logical and 4 physical cores, Linux | `0001000` | 0.9× (90%, 90% of capacity) | 1.8× (90%, 95% of capacity) | 3.6× (90%, 95% of capacity) | 3.6× (90%, 95% of capacity) |", markdown);
        Assert.Contains("<section id=\"across\">", page);
        Assert.Contains("Apple M1 (Virtual), 3 logical and 3 physical cores, macOS", page);
        Assert.Contains($"<td class=\"n\">{System.Net.WebUtility.HtmlEncode("2.1× (70%, 80% of capacity)")}</td>", page);
        Assert.DoesNotContain("Across machines", HistoryMarkdown.Write(Report(Fleet[0])));
        Assert.Empty(AcrossMachines.Of(Report(Fleet[0])));
    }
}

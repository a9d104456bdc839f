using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>
/// Each change once in the step table: speed-up steps that only follow their Serial's step are shown under it, a
/// strategy that really changed at the same commit keeps its own row, and a step of the whole machine is one row.
/// </summary>
public class StepEchoTests
{
    private static readonly MachineFingerprint Machine = new("Synthetic CPU", 2, 2, "Linux", ".NET 10.0.12");
    private static readonly string[] Strategies = ["Serial", "Threads", "ThreadPool", "ParallelFor", "ProcessPool"];
    private static readonly int[] Workers = [1, 2, 4];
    private const int Commits = 30;
    private const int ChangeAt = 15;

    /// <summary>
    /// 30 runs of a counting workload on a steady host (1% from run to run, every time alike) with 1% noise of each
    /// median; <paramref name="change"/> gives the factor on a case's time from <see cref="ChangeAt"/> on.
    /// </summary>
    private static HistoryReport History(Func<string, int, double> change, int seed = 1)
    {
        var random = new Random(seed);
        double Noise(double spread) => Math.Exp(spread * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var runs = Enumerable.Range(0, Commits).Select(commit =>
        {
            var host = Noise(0.01);
            var times = Strategies.SelectMany(strategy => Workers.Select(workers =>
            {
                var speedup = strategy == "Serial" ? 1 : Math.Min(workers, 2) * 0.95;
                var factor = commit >= ChangeAt ? change(strategy, workers) : 1;
                return (Strategy: strategy, Workers: workers, Median: 1e8 * workers * host / speedup * factor * Noise(0.01));
            })).ToArray();
            var benchmarks = times.Select(t =>
            {
                var serial = times.Single(s => s.Strategy == "Serial" && s.Workers == t.Workers).Median;
                return new HistoryBenchmark($"Synthetic.CrunchNumbersBenchmarks.{t.Strategy}(Iterations: 10000000, Workers: {t.Workers})", "CrunchNumbersBenchmarks",
                    t.Strategy, $"Iterations=10000000&Workers={t.Workers}", t.Median, t.Median * 0.99, t.Median * 1.01, t.Median * 0.98, t.Median * 1.02, 10,
                    serial / t.Median, null, "Workers", t.Strategy == "Serial");
            }).ToArray();
            return new HistoryRun($"run-{commit}", $"{commit:x4}{new string('0', 36)}", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(commit), Machine, benchmarks);
        }).ToArray();
        return HistoryReport.Of(new HistoryContents([new MachineHistory("f", MachineSeries.Of(Machine), runs)], []));
    }

    private static string[] TableLines(string markdown) => markdown.Split('\n').Where(l => l.StartsWith("| ") && !l.StartsWith("| Benchmark") && !l.StartsWith("| ---")).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Serial_9_percent_slower_at_2_workers_is_one_row_with_the_four_speedups_it_moved_under_it(int seed)
    {
        var report = History((strategy, workers) => strategy == "Serial" && workers == 2 ? 1.09 : 1, seed);

        // The four speed-up steps are found (Serial's change moved them) and each is marked as following Serial's step.
        var speedups = report.Steps.Where(s => s.Measure == StepMeasure.Speedup).ToArray();
        Assert.Equal(["ParallelFor", "ProcessPool", "ThreadPool", "Threads"], speedups.Select(s => s.Benchmark.Method).Order());
        Assert.All(speedups, s => Assert.Equal("Serial", s.WithSerial?.Benchmark.Method));

        var row = Assert.Single(report.Rows);
        Assert.Equal(("Serial", 2, StepMeasure.Time), (row.Lead.Benchmark.Method, row.Lead.Benchmark.Scaling!.Workers, row.Lead.Measure));
        Assert.Equal(4, row.FollowingSerial.Count);

        var markdown = HistoryMarkdown.Write(report);
        var lines = TableLines(markdown);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("| CrunchNumbersBenchmarks.Serial(Iterations=10000000, Workers=2) | +", lines[0]);
        Assert.Matches(@"^\| ↳ speed-ups of [A-Za-z, ]+ at 2 workers: with Serial, no strategy changed \| \+\d+\.\d% to \+\d+\.\d% \|", lines[1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("| speed-up of"));
        Assert.Contains("15 benchmarks; 1 step found (4 speed-up steps only following their Serial's).", markdown);
    }

    [Fact]
    public void A_strategy_that_really_changed_at_the_same_commit_as_Serial_keeps_its_own_row()
    {
        // Serial 9% slower and Threads 20% faster at 2 workers, at one commit: Threads' speed-up moved by far more than Serial's change.
        var report = History((strategy, workers) => workers != 2 ? 1 : strategy switch { "Serial" => 1.09, "Threads" => 0.8, _ => 1 });

        var lines = TableLines(HistoryMarkdown.Write(report));

        Assert.Contains(lines, l => l.StartsWith("| speed-up of CrunchNumbersBenchmarks.Threads(Iterations=10000000, Workers=2) | +"));
        Assert.Contains(lines, l => l.StartsWith("| CrunchNumbersBenchmarks.Threads(Iterations=10000000, Workers=2) | -"));
        var follows = Assert.Single(lines, l => l.StartsWith("| ↳"));
        Assert.StartsWith("| ↳ speed-ups of ThreadPool, ParallelFor, ProcessPool at 2 workers: with Serial", follows);
        var serial = Assert.Single(report.Rows, r => r.Lead.Benchmark.Method == "Serial");
        Assert.DoesNotContain(serial.FollowingSerial, s => s.Benchmark.Method == "Threads");
    }

    [Fact]
    public void Every_benchmark_10_percent_slower_at_one_commit_is_one_row_of_the_whole_machine()
    {
        var report = History((_, _) => 1.10);
        var folder = Directory.CreateTempSubdirectory("cb-machine-step-").FullName;
        try
        {
            var row = Assert.Single(report.Rows);
            Assert.Equal(15, row.Machine!.Moved);
            Assert.Equal(15, row.Members.Count);
            Assert.DoesNotContain(report.Steps, s => s.Measure == StepMeasure.Speedup); // the ratios did not move

            var line = Assert.Single(TableLines(HistoryMarkdown.Write(report)));
            Assert.Matches(@"^\| the whole machine: 15 of 15 benchmarks' times at once \(\+\d+\.\d% to \+\d+\.\d%\) \| \+(9|10|11)\.\d% \|", line);
            var html = File.ReadAllText(HistoryPage.Write(report, folder));
            Assert.Contains("<tr class=\"worse\"><td>the whole machine: 15 of 15 benchmarks&#39; times at once", html);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_page_shows_the_speedups_following_Serial_under_its_row_and_says_so_on_the_chart()
    {
        var report = History((strategy, workers) => strategy == "Serial" && workers == 2 ? 1.09 : 1);
        var folder = Directory.CreateTempSubdirectory("cb-echo-page-").FullName;
        try
        {
            var html = File.ReadAllText(HistoryPage.Write(report, folder));

            var serialRow = html.IndexOf("<tr class=\"worse\"><td>CrunchNumbersBenchmarks.Serial(Iterations=10000000, Workers=2)</td>", StringComparison.Ordinal);
            var follows = html.IndexOf("<tr class=\"follows\"><td>↳ speed-ups of", StringComparison.Ordinal);
            Assert.True(serialRow >= 0 && follows > serialRow, "the speed-ups that follow Serial come under its row");
            Assert.DoesNotContain("<td>speed-up of", html);
            Assert.Contains(Directory.GetFiles(folder, "*.svg").Select(File.ReadAllText), svg => svg.Contains(", with Serial"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

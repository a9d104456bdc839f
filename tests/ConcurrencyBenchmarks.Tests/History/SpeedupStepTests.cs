using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>Steps in scaling: a speed-up lost at one commit is found in its own series, where the host's drift cancels.</summary>
public class SpeedupStepTests
{
    private static readonly MachineFingerprint Machine = new("Synthetic CPU", 2, 2, "Linux", ".NET 10.0.12");
    private static readonly string[] Strategies = ["Serial", "Threads", "ThreadPool", "ParallelFor", "Processes"];
    private static readonly int[] Workers = [1, 2, 4, 8, 16];
    private const int Commits = 40;
    private const int LossAt = 23;

    /// <summary>
    /// A counting workload's history: each run's host is 0.75-1.35 times as fast as the last (drawn anew each run, as
    /// rounds minutes apart see here), moving every time of the run alike; each median has its own 1.5% noise; each
    /// strategy's true speed-up is fixed, but ThreadPool at 4 workers loses 20% of it from commit <see cref="LossAt"/> on.
    /// </summary>
    private static HistoryRun[] History(int seed)
    {
        var random = new Random(seed);
        double Noise(double spread) => Math.Exp(spread * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        return Enumerable.Range(0, Commits).Select(commit =>
        {
            var host = 0.75 + 0.6 * random.NextDouble();
            var times = Strategies.SelectMany(strategy => Workers.Select(workers =>
            {
                var speedup = strategy == "Serial" ? 1 : Math.Min(workers, 2) * (strategy == "Processes" ? 0.8 : 0.95);
                if (strategy == "ThreadPool" && workers == 4 && commit >= LossAt)
                    speedup *= 0.8;
                return (Strategy: strategy, Workers: workers, Median: 1e8 * workers * host / speedup * Noise(0.015));
            })).ToArray();
            var benchmarks = times.Select(t =>
            {
                var serial = times.Single(s => s.Strategy == "Serial" && s.Workers == t.Workers).Median;
                return new HistoryBenchmark($"Synthetic.CountingBenchmarks.{t.Strategy}(Workers: {t.Workers})", "CountingBenchmarks", t.Strategy, $"Workers={t.Workers}",
                    t.Median, t.Median * 0.98, t.Median * 1.02, t.Median * 0.97, t.Median * 1.04, 10, serial / t.Median, null, "Workers", t.Strategy == "Serial");
            }).ToArray();
            return new HistoryRun($"run-{commit}", $"{commit:x4}{new string('0', 36)}", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(commit), Machine, benchmarks);
        }).ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_20_percent_speedup_loss_is_found_at_its_commit_and_no_other_series_is_flagged(int seed)
    {
        var report = HistoryReport.Of(new HistoryContents([new MachineHistory("f", MachineSeries.Of(Machine), History(seed))], []));

        var speedupSteps = report.Steps.Where(s => s.Measure == StepMeasure.Speedup).ToArray();
        var step = Assert.Single(speedupSteps);
        Assert.Equal(("ThreadPool", 4), (step.Benchmark.Method, step.Benchmark.Scaling!.Workers));
        Assert.InRange(step.Step.Index, LossAt - 1, LossAt + 1);
        Assert.InRange(step.Step.Ratio, 0.75, 0.85);
        Assert.True(step.IsWorse);
        // The times of every other benchmark moved only with the host: no step in any of them.
        Assert.DoesNotContain(report.Steps, s => s.Measure == StepMeasure.Time && s.Benchmark.Id != step.Benchmark.Id);

        var markdown = HistoryMarkdown.Write(report);
        // The row names the speed-up, its change, the speed-ups before and after (1.90× and 1.52× in truth) and the commit.
        Assert.Matches(@"\| speed-up of CountingBenchmarks\.ThreadPool\(Workers=4\) \| -(1[5-9]|2[0-5])\.\d% \| 1\.[89]\d× \| 1\.[45]\d× \| `00", markdown);
    }

    [Fact]
    public void The_page_names_the_speedup_step_and_marks_it_on_the_speedup_chart()
    {
        var report = HistoryReport.Of(new HistoryContents([new MachineHistory("f", MachineSeries.Of(Machine), History(1))], []));
        var folder = Directory.CreateTempSubdirectory("cb-speedup-page-").FullName;
        try
        {
            var html = File.ReadAllText(HistoryPage.Write(report, folder));

            Assert.Contains("<tr class=\"worse\"><td>speed-up of CountingBenchmarks.ThreadPool(Workers=4)</td>", html);
            var charts = Directory.GetFiles(folder, "*.svg").Select(File.ReadAllText);
            Assert.Contains(charts, svg => svg.Contains("ThreadPool step at 00"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;

namespace ConcurrencyBenchmarks.Simulations;

/// <summary>
/// Histories shaped like real ones: each benchmark has a level (0.1 ms to 1 s) and its own run-to-run spread of the
/// median (a log standard deviation, e.g. measured over real runs of one commit); now and then a run lands on a busy
/// moment of the host and comes out slower by up to four of its spreads. The same seed gives the same history.
/// </summary>
public static class SyntheticHistory
{
    /// <summary>The share of runs that land on a busy moment.</summary>
    public const double SlowRunShare = 0.03;

    /// <param name="spreads">Each benchmark's run-to-run log standard deviation of the median.</param>
    /// <param name="factor">The true level's factor for (benchmark, commit): 1 unchanged, 1.1 after a 10% step.</param>
    /// <returns>The medians, [benchmark][commit], in nanoseconds.</returns>
    public static double[][] Generate(IReadOnlyList<double> spreads, int commits, int seed, Func<int, int, double>? factor = null)
    {
        var random = new Random(seed);
        return spreads.Select((spread, b) =>
        {
            var level = Math.Pow(10, 5 + 4 * new Random(b).NextDouble());
            return Enumerable.Range(0, commits).Select(commit =>
            {
                var value = level * (factor?.Invoke(b, commit) ?? 1) * Math.Exp(spread * Gaussian.Draw(random));
                if (random.NextDouble() < SlowRunShare)
                    value *= Math.Exp(Math.Abs(4 * spread * Gaussian.Draw(random)));
                return value;
            }).ToArray();
        }).ToArray();
    }

    /// <summary>Each benchmark's run-to-run log standard deviation of the median over a machine's runs (those with two runs or more).</summary>
    public static IReadOnlyList<double> SpreadsOf(MachineHistory machine) =>
        BenchmarkHistory.Of(machine).Select(h => h.Points.Select(p => p.Median).ToArray()).Where(series => series.Length >= 2).Select(LogSpread).ToArray();

    /// <summary>The same for each non-baseline benchmark's speed-up over Serial: a ratio within one run, which the host's drift moves far less.</summary>
    public static IReadOnlyList<double> SpeedupSpreadsOf(MachineHistory machine) =>
        BenchmarkHistory.Of(machine).Where(h => h.Scaling?.IsBaseline != true)
            .Select(h => h.Points.Where(p => p.Speedup is not null).Select(p => p.Speedup!.Value).ToArray())
            .Where(series => series.Length >= 2).Select(LogSpread).ToArray();

    private static double LogSpread(double[] values)
    {
        var logs = values.Select(v => Math.Log(v)).ToArray();
        var mean = logs.Average();
        return Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Length - 1));
    }

    private static readonly string[] Strategies = ["Serial", "Threads", "ThreadPool", "ParallelFor", "Processes", "ProcessPool"];

    /// <summary>
    /// Medians as a machine's runs, one per commit, a day apart: benchmark b is strategy b mod 6 of workload b / 30 at
    /// 2^(b / 6 mod 5) workers, so the history has families, strategies and speed-ups as the suite's has.
    /// </summary>
    public static IReadOnlyList<HistoryRun> AsRuns(double[][] medians, MachineFingerprint machine)
    {
        var commits = medians.Length == 0 ? 0 : medians[0].Length;
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, commits).Select(c =>
        {
            var benchmarks = medians.Select((series, b) => (Type: $"Workload{b / 30}Benchmarks", Method: Strategies[b % 6], Workers: 1 << (b / 6 % 5), Median: series[c])).ToArray();
            return new HistoryRun($"synthetic-{c:D4}", $"{c:x4}{new string('0', 36)}", start.AddDays(c), machine, benchmarks.Select(x =>
            {
                var serial = benchmarks.FirstOrDefault(s => s.Type == x.Type && s.Workers == x.Workers && s.Method == "Serial");
                return new HistoryBenchmark($"Synthetic.{x.Type}.{x.Method}(Workers: {x.Workers})", x.Type, x.Method, $"Workers={x.Workers}",
                    x.Median, x.Median * 0.97, x.Median * 1.03, x.Median * 0.95, x.Median * 1.1, 10, serial.Type is null ? null : serial.Median / x.Median, null);
            }).ToArray());
        }).ToArray();
    }
}

using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Tests.Fixtures;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// The scaling contract is the only source of the scaling model: a family that calls its worker count <c>Lanes</c>
/// and its baseline <c>OneAfterAnother</c> gets columns, charts, compare's speed-up verdicts and history speed-ups
/// with nothing but its own file.
/// </summary>
public sealed class ScalingContractOnlyTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("cb-contract-").FullName;

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);

    [Fact]
    public void A_family_with_its_own_names_gets_columns_charts_compare_and_history_speedups()
    {
        var console = Console.Out;
        int exit;
        try
        {
            Console.SetOut(new StringWriter());
            exit = BenchmarkCommand.Run(["--filter", $"*{nameof(RenamedWorkersBenchmarks)}*", "--job", "dry", "--inProcess", "--artifacts", _artifacts],
                typeof(RenamedWorkersBenchmarks).Assembly, SuiteAdditions.Instance);
        }
        finally
        {
            Console.SetOut(console);
        }
        Assert.Equal(0, exit);
        var results = Path.Combine(_artifacts, "results");
        var name = typeof(RenamedWorkersBenchmarks).FullName;

        // Columns: the speed-up over the class's own baseline, at each of its lane counts.
        var table = File.ReadAllLines(Path.Combine(results, $"{name}-report-github.md"));
        var header = table.First(l => l.StartsWith("| Method", StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToList();
        var speedup = header.IndexOf("Speedup");
        Assert.True(speedup > 0, string.Join(" | ", header));
        var sideBySide = table.Where(l => l.Contains(nameof(RenamedWorkersBenchmarks.SideBySide))).Select(l => l.Split('|')[speedup].Trim()).ToArray();
        Assert.Equal(2, sideBySide.Length);
        Assert.All(sideBySide, value => Assert.Matches(@"^\d+\.\d+", value));
        // Charts.
        Assert.True(File.Exists(Path.Combine(results, $"{name}-speedup.svg")));

        // compare: a speed-up verdict for the strategy at both lane counts, none for the baseline.
        var set = ResultSet.Load(results, "--base");
        var speedups = ScalingComparer.Compare(set, set, ComparisonOptions.Default);
        Assert.Equal([1, 2], speedups.Where(s => s.Strategy == nameof(RenamedWorkersBenchmarks.SideBySide)).Select(s => s.Workers).Order());
        Assert.DoesNotContain(speedups, s => s.Strategy == nameof(RenamedWorkersBenchmarks.OneAfterAnother));

        // history: a speed-up per case, the baseline's being 1, and each case's place in scaling kept.
        var (run, _) = RunReader.Read(results, "c1", DateTimeOffset.UtcNow);
        Assert.Equal(4, run.Benchmarks.Count);
        Assert.All(run.Benchmarks, b => Assert.NotNull(b.Speedup));
        Assert.All(run.Benchmarks.Where(b => b.Method == nameof(RenamedWorkersBenchmarks.OneAfterAnother)), b => Assert.Equal(1.0, b.Speedup));
        Assert.All(run.Benchmarks, b => Assert.Equal(nameof(RenamedWorkersBenchmarks.Lanes), b.WorkersParameter));
        Assert.Equal([1, 1, 2, 2], run.Benchmarks.Select(b => b.Scaling!.Workers).Order());
    }
}

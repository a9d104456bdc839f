using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Simulations;

namespace ConcurrencyBenchmarks.Comparer;

/// <summary>
/// How fast <c>history report</c> is: a history of 100 commits × 68 benchmarks read, searched for steps and drawn
/// (page, 68 charts and more). Its ID keeps the namespace it had when it lived in the suite.
/// </summary>
[WarmupCount(1)]
[IterationCount(3)]
public class HistoryReportBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"concurrencybenchmarks-history-{Environment.ProcessId}");

    [GlobalSetup]
    public void Setup()
    {
        var spreads = Enumerable.Range(0, 68).Select(b => 0.0005 * Math.Pow(400, b / 67.0)).ToArray(); // 0.05% to 20%, as real runs vary
        var store = new HistoryStore(Path.Combine(_folder, "store"));
        var machine = new MachineFingerprint("Synthetic CPU", 2, 1, "Linux", ".NET 10");
        foreach (var run in SyntheticHistory.AsRuns(SyntheticHistory.Generate(spreads, 100, seed: 1), machine))
            store.Add(run);
    }

    [Benchmark]
    public string Report() => HistoryPage.Write(HistoryReport.Of(new HistoryStore(Path.Combine(_folder, "store")).Load()), Path.Combine(_folder, "page"));

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);
}

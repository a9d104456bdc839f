using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Reporting.Scaling;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.SelfTest;

/// <summary>
/// A class that declares itself in scaling but has no Serial baseline, so the tests can check that the contract
/// validator stops the run before anything is measured.
/// </summary>
[BenchmarkCategory(Categories.BrokenContract)]
[Scaling(WorkloadKind.Sleep, nameof(Sleep))]
public class NoBaselineBenchmarks
{
    [Params("1ms")] public string Sleep { get; set; } = "1ms";

    [Params(1, 2)] public int Workers { get; set; }

    [Benchmark]
    public void Threads() => Thread.Sleep(1);
}

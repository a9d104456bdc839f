using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Fixtures;

/// <summary>
/// A class that declares itself in scaling but has no Serial baseline, so the tests can check that the contract
/// validator stops the run before anything is measured.
/// </summary>
[Scaling(WorkloadKind.Sleep, nameof(Sleep))]
public class NoBaselineBenchmarks
{
    [Params("1ms")] public string Sleep { get; set; } = "1ms";

    [Params(1, 2)] public int Workers { get; set; }

    [Benchmark]
    public void Threads() => Thread.Sleep(1);
}

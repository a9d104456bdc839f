using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks;

/// <summary>CPU-bound: N workers that each count to <see cref="Iterations"/>. Ideal: N·t1 serially, t1·max(1, N/C) concurrently.</summary>
[BenchmarkCategory(Categories.CpuBound)]
[Scaling(WorkloadKind.Crunch, nameof(Iterations))]
public class CrunchNumbersBenchmarks : ProcessScalingBenchmarks
{
    public static IEnumerable<long> IterationValues => [SuiteSizes.Iterations];

    /// <summary>How far one worker counts.</summary>
    [ParamsSource(nameof(IterationValues))]
    public long Iterations { get; set; } = SuiteSizes.DefaultIterations;

    // Each worker stores its count in its own slot: an observable result the JIT cannot remove.
    private long[] _counts = [];

    protected override void Prepare() => _counts = new long[Workers];

    protected override void Work(int worker) => _counts[worker] = CrunchNumbers.Run(Iterations);

    protected override WorkerCommand Command() => WorkerCommand.CrunchNumbers(Iterations);
}

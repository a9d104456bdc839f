using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks;

/// <summary>
/// Computes and waits: N workers that each count, then sleep, in 10 slices of 10 ms, <see cref="CountingShare"/> of
/// each slice counting. Ideal: N·t1 serially, t1·max(1, N·s/C) concurrently, s measured (Serial's busy cores).
/// </summary>
[BenchmarkCategory(Categories.Mixed)]
[Scaling(WorkloadKind.Mixed, nameof(CountingShare))]
public class MixedWorkBenchmarks : ProcessScalingBenchmarks
{
    public static IEnumerable<double> CountingShareValues => [SuiteSizes.CountingShare];

    /// <summary>The share of each slice that counts, from 0 (only sleeps) to 1 (only counts).</summary>
    [ParamsSource(nameof(CountingShareValues))]
    public double CountingShare { get; set; } = SuiteSizes.DefaultCountingShare;

    private long _iterations;
    private TimeSpan _sleep;
    private long[] _counts = [];

    // The slice's counting in iterations, measured once per process: fixed work, so a shared processor makes it slower.
    protected override void Prepare()
    {
        _iterations = MixedWork.IterationsFor(MixedWork.Slice * CountingShare);
        _sleep = MixedWork.Slice * (1 - CountingShare);
        _counts = new long[Workers];
    }

    protected override void Work(int worker) => _counts[worker] = MixedWork.Run(_iterations, _sleep, SuiteSizes.MixedSlices);

    protected override WorkerCommand Command() => WorkerCommand.MixedWork(_iterations, _sleep, SuiteSizes.MixedSlices);
}

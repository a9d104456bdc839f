using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks;

/// <summary>CPU-bound: N workers that each count to <see cref="Iterations"/>. Ideal: N·t1 serially, t1·ceil(N/cores) in parallel.</summary>
[BenchmarkCategory(Categories.CpuBound)]
public class CrunchNumbersBenchmarks
{
    public static IEnumerable<long> IterationValues => [SuiteSizes.Iterations];
    public static IEnumerable<int> WorkerCounts => SuiteSizes.Workers;

    /// <summary>How far one worker counts.</summary>
    [ParamsSource(nameof(IterationValues))]
    public long Iterations { get; set; } = SuiteSizes.DefaultIterations;

    [ParamsSource(nameof(WorkerCounts))]
    public int Workers { get; set; } = 1;

    // Each worker stores its count in its own slot: an observable result the JIT cannot remove.
    private long[] _counts = [];
    private Action<int> _crunch = null!;
    private WorkerCommand _process = null!;
    private ProcessPool? _pool;

    [GlobalSetup]
    public void Setup()
    {
        _counts = new long[Workers];
        _crunch = worker => _counts[worker] = CrunchNumbers.Run(Iterations);
        _process = WorkerCommand.CrunchNumbers(Iterations);
    }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _crunch);

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(Workers, _crunch);

    [Benchmark]
    public void ThreadPool() => ThreadPoolStrategy.Instance.Run(Workers, _crunch);

    [Benchmark]
    public void ParallelFor() => ParallelForStrategy.Instance.Run(Workers, _crunch);

    [Benchmark]
    public IReadOnlyList<WorkerOutput> Processes() => ProcessesStrategy.Run(Workers, _process);

    [GlobalSetup(Target = nameof(ProcessPool))]
    public void StartPool()
    {
        Setup();
        _pool = Hosting.ProcessPool.Start(Workers); // started once per case: a job pays only dispatch
    }

    [Benchmark]
    public IReadOnlyList<string> ProcessPool() => _pool!.Run(_process);

    [GlobalCleanup(Target = nameof(ProcessPool))]
    public void StopPool() => _pool?.Dispose();
}

using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks;

/// <summary>
/// What every workload's benchmarks share: the worker count and one benchmark per strategy that runs workers in this
/// process. A workload says what one worker does; a class of its own names its kind and size with
/// <see cref="ScalingAttribute"/> (work that computes and waits, its share measured, unless it says otherwise).
/// </summary>
[Scaling(WorkloadKind.Mixed)]
public abstract class ScalingBenchmarks
{
    public static IEnumerable<int> WorkerCounts => SuiteSizes.Workers;

    [ParamsSource(nameof(WorkerCounts))]
    public int Workers { get; set; } = 1;

    private Action<int> _worker = null!;

    /// <summary>One worker's work in this process; the argument is the worker's index.</summary>
    protected abstract void Work(int worker);

    /// <summary>Reads the parameters into what the measured bodies use, so a body only runs workers.</summary>
    protected virtual void Prepare()
    {
    }

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        _worker = Work; // one delegate for every invocation: the measured body allocates none
    }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _worker);

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(Workers, _worker);

    [Benchmark]
    public void ThreadPool() => ThreadPoolStrategy.Instance.Run(Workers, _worker);

    [Benchmark]
    public void ParallelFor() => ParallelForStrategy.Instance.Run(Workers, _worker);
}

using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks;

/// <summary>
/// What every workload's benchmarks share: the worker count, one benchmark per strategy that every workload can run,
/// and the worker processes' set-up and clean-up. A workload says what one worker does, in this process and as a
/// worker process's command, and adds the strategies only it can run (Async for sleeping).
/// </summary>
public abstract class ScalingBenchmarks
{
    public static IEnumerable<int> WorkerCounts => SuiteSizes.Workers;

    [ParamsSource(nameof(WorkerCounts))]
    public int Workers { get; set; } = 1;

    private Action<int> _worker = null!;
    private WorkerCommand _command = null!;
    private IWorkerProcesses? _processes;

    /// <summary>One worker's work in this process; the argument is the worker's index.</summary>
    protected abstract void Work(int worker);

    /// <summary>The same work as a worker process's command.</summary>
    protected abstract WorkerCommand Command();

    /// <summary>Reads the parameters into what the measured bodies use, so a body only runs workers.</summary>
    protected virtual void Prepare()
    {
    }

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        _worker = Work; // one delegate for every invocation: the measured body allocates none
        _command = Command();
    }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _worker);

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(Workers, _worker);

    [Benchmark]
    public void ThreadPool() => ThreadPoolStrategy.Instance.Run(Workers, _worker);

    [Benchmark]
    public void ParallelFor() => ParallelForStrategy.Instance.Run(Workers, _worker);

    [GlobalSetup(Target = nameof(Processes))]
    public void StartProcesses() => Start(ProcessesStrategy.Instance);

    [Benchmark]
    public IReadOnlyList<string> Processes() => _processes!.Run(_command);

    [GlobalSetup(Target = nameof(ProcessPool))]
    public void StartPool() => Start(ProcessPoolStrategy.Instance); // started once per case: a job pays only dispatch

    [Benchmark]
    public IReadOnlyList<string> ProcessPool() => _processes!.Run(_command);

    [GlobalCleanup(Targets = [nameof(Processes), nameof(ProcessPool)])]
    public void StopProcesses() => _processes?.Dispose();

    private void Start(IProcessStrategy strategy)
    {
        Setup();
        _processes = strategy.Start(Workers);
    }
}

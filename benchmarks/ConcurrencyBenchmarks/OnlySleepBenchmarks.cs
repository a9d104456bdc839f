using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks;

/// <summary>I/O-bound: N workers that each only sleep. Ideal: N·d serially, d for every concurrent strategy.</summary>
[BenchmarkCategory(Categories.IoBound)]
public class OnlySleepBenchmarks
{
    public static IEnumerable<string> SleepValues => [SuiteSizes.Sleep];
    public static IEnumerable<int> WorkerCounts => SuiteSizes.Workers;

    /// <summary>How long one worker sleeps, e.g. 100ms.</summary>
    [ParamsSource(nameof(SleepValues))]
    public string Sleep { get; set; } = SuiteSizes.DefaultSleep;

    [ParamsSource(nameof(WorkerCounts))]
    public int Workers { get; set; } = 1;

    private Action<int> _sleep = null!;
    private Func<int, Task> _sleepAsync = null!;
    private WorkerCommand _process = null!;
    private ProcessPool? _pool;

    [GlobalSetup]
    public void Setup()
    {
        var duration = Duration.Parse(Sleep);
        _sleep = _ => OnlySleep.Run(duration);
        _sleepAsync = _ => OnlySleep.RunAsync(duration);
        _process = WorkerCommand.OnlySleep(duration);
    }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _sleep);

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(Workers, _sleep);

    [Benchmark]
    public void ThreadPool() => ThreadPoolStrategy.Instance.Run(Workers, _sleep);

    [Benchmark]
    public void ParallelFor() => ParallelForStrategy.Instance.Run(Workers, _sleep);

    [Benchmark]
    public Task Async() => AsyncStrategy.RunAsync(Workers, _sleepAsync);

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

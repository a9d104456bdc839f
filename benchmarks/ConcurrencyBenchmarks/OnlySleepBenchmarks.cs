using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks;

/// <summary>I/O-bound: N workers that each only sleep. Ideal: N·d serially, d for every concurrent strategy.</summary>
[BenchmarkCategory(Categories.IoBound)]
[Scaling(WorkloadKind.Sleep, nameof(Sleep))]
public class OnlySleepBenchmarks : ProcessScalingBenchmarks
{
    public static IEnumerable<string> SleepValues => [SuiteSizes.Sleep];

    /// <summary>How long one worker sleeps, e.g. 100ms.</summary>
    [ParamsSource(nameof(SleepValues))]
    public string Sleep { get; set; } = SuiteSizes.DefaultSleep;

    private TimeSpan _duration;
    private Func<int, Task> _sleepAsync = null!;

    protected override void Prepare()
    {
        _duration = Duration.Parse(Sleep);
        _sleepAsync = _ => OnlySleep.RunAsync(_duration);
    }

    protected override void Work(int worker) => OnlySleep.Run(_duration);

    protected override WorkerCommand Command() => WorkerCommand.OnlySleep(_duration);

    [Benchmark]
    public Task Async() => AsyncStrategy.Instance.RunAsync(Workers, _sleepAsync);

    [Benchmark]
    public Task ForEachAsync() => ForEachAsyncStrategy.Instance.RunAsync(Workers, _sleepAsync);
}

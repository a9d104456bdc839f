using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks;

/// <summary>
/// For work with an asynchronous form (it awaits I/O): the strategies that await it, Async and ForEachAsync, beside
/// every strategy of <see cref="ScalingBenchmarks"/>, which run the same work blocking on it unless
/// <see cref="ScalingBenchmarks.Work"/> gives a synchronous form.
/// </summary>
public abstract class AsyncScalingBenchmarks : ScalingBenchmarks
{
    private Func<int, Task> _workAsync = null!;

    /// <summary>One worker's work, awaited; the argument is the worker's index.</summary>
    protected abstract Task WorkAsync(int worker);

    // Blocking on the asynchronous form: what a thread does with async work it cannot await (it holds its thread while it waits).
    protected override void Work(int worker) => WorkAsync(worker).GetAwaiter().GetResult();

    [GlobalSetup(Targets = [nameof(Async), nameof(ForEachAsync)])]
    public void SetupAsync()
    {
        Setup();
        _workAsync = WorkAsync;
    }

    [Benchmark]
    public Task Async() => AsyncStrategy.Instance.RunAsync(Workers, _workAsync);

    [Benchmark]
    public Task ForEachAsync() => ForEachAsyncStrategy.Instance.RunAsync(Workers, _workAsync);
}

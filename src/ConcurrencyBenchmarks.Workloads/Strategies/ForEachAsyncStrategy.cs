namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>
/// <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, Func{TSource, CancellationToken, ValueTask})"/> over
/// the workers with its default options, as most code calls it. Its default degree of parallelism is the processor
/// count: right for CPU-bound work, a trap for waiting, where it runs only that many waits at a time.
/// </summary>
public sealed class ForEachAsyncStrategy : ITaskStrategy
{
    public static readonly ForEachAsyncStrategy Instance = new();

    public string Name => "ForEachAsync";

    public int Order => 7;

    public bool RunsOnThreadPool => true;

    public string? SeedCounterpart => null;

    public Task RunAsync(int workers, Func<int, Task> worker)
    {
        WorkerCount.Validate(workers);
        return Parallel.ForEachAsync(Enumerable.Range(0, workers), async (index, _) => await worker(index).ConfigureAwait(false));
    }
}

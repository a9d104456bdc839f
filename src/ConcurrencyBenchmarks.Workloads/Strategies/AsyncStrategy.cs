namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>N non-blocking workers awaited together with <see cref="Task.WhenAll(Task[])"/>: no thread per wait.</summary>
public sealed class AsyncStrategy : ITaskStrategy
{
    public static readonly AsyncStrategy Instance = new();

    public string Name => "Async";

    public int Order => 4;

    public bool RunsOnThreadPool => true;

    public string? SeedCounterpart => null;

    public Task RunAsync(int workers, Func<int, Task> worker)
    {
        WorkerCount.Validate(workers);
        var tasks = new Task[workers];
        for (var i = 0; i < workers; i++)
            tasks[i] = worker(i);
        return Task.WhenAll(tasks);
    }
}

namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>N non-blocking workers awaited together with <see cref="Task.WhenAll(Task[])"/>: no thread per wait.</summary>
public static class AsyncStrategy
{
    public static Task RunAsync(int workers, Func<int, Task> worker)
    {
        WorkerCount.Validate(workers);
        var tasks = new Task[workers];
        for (var i = 0; i < workers; i++)
            tasks[i] = worker(i);
        return Task.WhenAll(tasks);
    }
}

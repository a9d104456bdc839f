namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>One <see cref="Task.Run(Action)"/> per worker on the shared thread pool, then wait for all.</summary>
public sealed class ThreadPoolStrategy : IActionStrategy
{
    public static readonly ThreadPoolStrategy Instance = new();

    public string Name => "ThreadPool";

    public int Order => 2;

    public bool RunsOnThreadPool => true;

    public string? SeedCounterpart => null;

    public void Run(int workers, Action<int> worker)
    {
        WorkerCount.Validate(workers);
        var tasks = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            var index = i;
            tasks[i] = Task.Run(() => worker(index));
        }
        Task.WaitAll(tasks);
    }
}

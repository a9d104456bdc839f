namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary><see cref="Parallel.For(int, int, Action{int})"/> over the workers, with its default scheduling.</summary>
public sealed class ParallelForStrategy : IActionStrategy
{
    public static readonly ParallelForStrategy Instance = new();

    public string Name => "ParallelFor";

    public int Order => 3;

    public bool RunsOnThreadPool => true;

    public string? SeedCounterpart => null;

    public void Run(int workers, Action<int> worker)
    {
        WorkerCount.Validate(workers);
        Parallel.For(0, workers, worker);
    }
}

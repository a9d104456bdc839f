namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>A strategy for asynchronous workers in this process: a worker holds no thread while it waits.</summary>
public interface ITaskStrategy : IStrategy
{
    /// <summary>Starts <paramref name="worker"/> once for each index 0..workers-1; the task completes when all have.</summary>
    Task RunAsync(int workers, Func<int, Task> worker);
}

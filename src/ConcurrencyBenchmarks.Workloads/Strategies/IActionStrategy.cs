namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>A strategy for blocking workers in this process; returns only when every worker has finished.</summary>
public interface IActionStrategy : IStrategy
{
    /// <summary>Runs <paramref name="worker"/> once for each index 0..workers-1.</summary>
    void Run(int workers, Action<int> worker);
}

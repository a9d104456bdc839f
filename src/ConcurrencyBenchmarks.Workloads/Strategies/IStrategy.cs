namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>A way to run N workers in this process; returns only when every worker has finished.</summary>
public interface IStrategy
{
    string Name { get; }

    /// <summary>Runs <paramref name="worker"/> once for each index 0..workers-1.</summary>
    void Run(int workers, Action<int> worker);
}

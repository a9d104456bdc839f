namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>One worker after another, on the caller's thread: the baseline.</summary>
public sealed class SerialStrategy : IStrategy
{
    public static readonly SerialStrategy Instance = new();

    public string Name => "Serial";

    public void Run(int workers, Action<int> worker)
    {
        WorkerCount.Validate(workers);
        for (var i = 0; i < workers; i++)
            worker(i);
    }
}

namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>One worker after another, on the caller's thread: the baseline.</summary>
public sealed class SerialStrategy : IActionStrategy
{
    public static readonly SerialStrategy Instance = new();

    public string Name => "Serial";

    public int Order => 0;

    public string? SeedCounterpart => "a plain loop: one call after another";

    public void Run(int workers, Action<int> worker)
    {
        WorkerCount.Validate(workers);
        for (var i = 0; i < workers; i++)
            worker(i);
    }
}

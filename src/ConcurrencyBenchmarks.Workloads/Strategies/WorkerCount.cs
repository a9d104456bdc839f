namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>The worker counts a strategy accepts.</summary>
public static class WorkerCount
{
    public const int Max = 1024;
    public const int MaxProcesses = 256;

    public static int Validate(int workers, int max = Max) =>
        workers is >= 1 && workers <= max
            ? workers
            : throw new ArgumentOutOfRangeException(nameof(workers), workers,
                $"workers is {workers}; it must be between 1 and {max}.");
}

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>N worker processes started once and kept, each job sent down a pipe: a warm pool pays only dispatch.</summary>
public sealed class ProcessPoolStrategy : IProcessStrategy
{
    public static readonly ProcessPoolStrategy Instance = new();

    public string Name => "ProcessPool";

    public int Order => 6;

    public string? SeedCounterpart => null;

    public IWorkerProcesses Start(int workers) => ProcessPool.Start(workers);
}

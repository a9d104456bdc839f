using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>A strategy that runs each worker in a worker process.</summary>
public interface IProcessStrategy : IStrategy
{
    /// <summary>
    /// What runs jobs for <paramref name="workers"/> workers: fresh processes for every job, or a pool whose processes
    /// start here and are kept. Disposing it ends and reaps whatever it started.
    /// </summary>
    IWorkerProcesses Start(int workers);
}

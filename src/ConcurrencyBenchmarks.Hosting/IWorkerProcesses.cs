using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>Worker processes ready to run one job on every worker at once (see <see cref="IProcessStrategy"/>).</summary>
public interface IWorkerProcesses : IDisposable
{
    /// <summary>Runs the command on every worker and returns each worker's result, in worker order.</summary>
    IReadOnlyList<string> Run(WorkerCommand command);
}

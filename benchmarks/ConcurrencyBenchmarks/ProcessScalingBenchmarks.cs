using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks;

/// <summary>
/// The suite's workloads: every in-process strategy, and the same work in worker processes, started afresh per job
/// (Processes) or once per case (ProcessPool). The worker executable knows only the suite's workloads by command,
/// so a user's own class derives from <see cref="ScalingBenchmarks"/>, which has no process strategies.
/// </summary>
public abstract class ProcessScalingBenchmarks : ScalingBenchmarks
{
    private WorkerCommand _command = null!;
    private IWorkerProcesses? _processes;

    /// <summary>The same work as a worker process's command.</summary>
    protected abstract WorkerCommand Command();

    [GlobalSetup(Target = nameof(Processes))]
    public void StartProcesses() => Start(ProcessesStrategy.Instance);

    [Benchmark]
    public IReadOnlyList<string> Processes() => _processes!.Run(_command);

    [GlobalSetup(Target = nameof(ProcessPool))]
    public void StartPool() => Start(ProcessPoolStrategy.Instance); // started once per case: a job pays only dispatch

    [Benchmark]
    public IReadOnlyList<string> ProcessPool() => _processes!.Run(_command);

    [GlobalCleanup(Targets = [nameof(Processes), nameof(ProcessPool)])]
    public void StopProcesses() => _processes?.Dispose();

    private void Start(IProcessStrategy strategy)
    {
        Setup();
        _command = Command();
        _processes = strategy.Start(Workers);
    }
}

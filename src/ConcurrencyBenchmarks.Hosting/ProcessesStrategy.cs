using System.Diagnostics;

using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// One worker process per worker, all started, then all waited for (the seed's <c>multiprocessing.Process</c>).
/// Every exit code is checked and every wait has a timeout; when a worker fails or time runs out, every worker's
/// process tree is killed and reaped before the exception leaves, so no process outlives the call.
/// </summary>
public sealed class ProcessesStrategy : IProcessStrategy
{
    public static readonly ProcessesStrategy Instance = new();

    public string Name => "Processes";

    public int Order => 5;

    public string? SeedCounterpart => "multiprocessing.Process";

    /// <summary>Nothing starts ahead: every job starts its processes and waits for them to exit.</summary>
    public IWorkerProcesses Start(int workers) => new FreshProcesses(WorkerCount.Validate(workers, WorkerCount.MaxProcesses));

    private sealed record FreshProcesses(int Workers) : IWorkerProcesses
    {
        public IReadOnlyList<string> Run(WorkerCommand command) => ProcessesStrategy.Run(Workers, command).Select(o => o.StandardOutput.Trim()).ToArray();

        public void Dispose()
        {
            // every job's processes are already reaped when its Run returns
        }
    }

    public static IReadOnlyList<WorkerOutput> Run(int workers, WorkerCommand command, TimeSpan? timeout = null) =>
        Run(workers, command, WorkerLocator.Default, timeout);

    public static IReadOnlyList<WorkerOutput> Run(int workers, WorkerCommand command, WorkerLocator.WorkerExecutable executable, TimeSpan? timeout = null)
    {
        WorkerCount.Validate(workers, WorkerCount.MaxProcesses);
        var limit = timeout ?? command.DefaultTimeout;
        var running = new List<WorkerProcess>(workers);
        try
        {
            WorkerProcess.StartAll(workers, executable, command.Arguments, command.ToString(), running);
            foreach (var worker in running)
                worker.Input.Close(); // one-shot workers read nothing: end of input at once
            return WaitForAll(running, limit);
        }
        finally
        {
            foreach (var worker in running)
                worker.Dispose();
        }
    }

    private static WorkerOutput[] WaitForAll(List<WorkerProcess> running, TimeSpan limit)
    {
        var completions = running.Select(Complete).ToArray();
        var pending = completions.ToList();
        var clock = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            var left = Timeouts.Clamp(limit - clock.Elapsed);
            var index = left > TimeSpan.Zero ? Task.WaitAny([.. pending], left) : -1;
            if (index < 0)
                throw TimedOut(running, completions, limit);
            var finished = pending[index];
            pending.RemoveAt(index);
            finished.GetAwaiter().GetResult(); // a failed worker throws here; finally then kills the rest
        }
        return completions.Select(c => c.Result).ToArray();
    }

    private static async Task<WorkerOutput> Complete(WorkerProcess worker)
    {
        var output = await worker.Output.ReadToEndAsync().ConfigureAwait(false);
        await worker.WaitForExitAsync().ConfigureAwait(false);
        return worker.ExitCode == 0 ? new WorkerOutput(worker.Worker, worker.Id, output) : throw await worker.FailureAsync().ConfigureAwait(false);
    }

    private static TimeoutException TimedOut(List<WorkerProcess> running, Task<WorkerOutput>[] completions, TimeSpan limit)
    {
        var unfinished = running.Where((_, i) => !completions[i].IsCompleted)
            .Select(w => $"worker {w.Worker} (pid {w.Id})").ToArray();
        return new TimeoutException(
            $"{string.Join(", ", unfinished)} running '{running[0].Description}' did not finish within {Duration.Format(limit)}; killed");
    }
}

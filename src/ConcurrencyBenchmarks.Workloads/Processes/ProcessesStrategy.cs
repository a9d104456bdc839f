using System.Diagnostics;

namespace ConcurrencyBenchmarks.Workloads.Processes;

/// <summary>
/// One worker process per worker, all started, then all waited for (the seed's <c>multiprocessing.Process</c>).
/// Every exit code is checked; when one worker fails the others are killed, so no process outlives the call.
/// </summary>
public static class ProcessesStrategy
{
    public const string Name = "Processes";

    public static IReadOnlyList<WorkerOutput> Run(int workers, WorkerCommand command) =>
        Run(workers, command, WorkerLocator.Default);

    public static IReadOnlyList<WorkerOutput> Run(int workers, WorkerCommand command, WorkerLocator.WorkerExecutable executable)
    {
        Strategies.WorkerCount.Validate(workers, Strategies.WorkerCount.MaxProcesses);
        var running = new List<WorkerProcess>(workers);
        try
        {
            for (var i = 0; i < workers; i++)
                running.Add(WorkerProcess.Start(i, command, executable));

            var pending = running.Select(w => w.Completion).ToList();
            while (pending.Count > 0)
            {
                var finished = pending[Task.WaitAny([.. pending])];
                pending.Remove(finished);
                finished.GetAwaiter().GetResult(); // throws WorkerFailedException; finally then kills the rest
            }
            return running.Select(w => w.Completion.Result).ToArray();
        }
        finally
        {
            foreach (var worker in running)
                worker.Dispose();
        }
    }

    /// <summary>One started worker process, its output being read as it comes so it never blocks on a full pipe.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private readonly Process _process;

        private WorkerProcess(Process process, Task<WorkerOutput> completion)
        {
            _process = process;
            Completion = completion;
        }

        public Task<WorkerOutput> Completion { get; }

        public static WorkerProcess Start(int worker, WorkerCommand command, WorkerLocator.WorkerExecutable executable)
        {
            var startInfo = new ProcessStartInfo(executable.FileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            foreach (var argument in executable.PrefixArguments.Concat(command.Arguments))
                startInfo.ArgumentList.Add(argument);

            var process = new Process { StartInfo = startInfo };
            try
            {
                process.Start();
            }
            catch (Exception e)
            {
                process.Dispose();
                throw new WorkerFailedException(worker, -1, $"could not start {executable.FileName}: {e.Message}", command.ToString());
            }
            WorkerProcessTracker.Add(process);
            process.StandardInput.Close(); // workers read nothing; EOF at once if one ever tries
            return new WorkerProcess(process, Complete(worker, command, process));
        }

        private static async Task<WorkerOutput> Complete(int worker, WorkerCommand command, Process process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            var output = await stdout.ConfigureAwait(false);
            var error = await stderr.ConfigureAwait(false);
            return process.ExitCode == 0
                ? new WorkerOutput(worker, process.Id, output)
                : throw new WorkerFailedException(worker, process.ExitCode, error, command.ToString());
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit();
                }
            }
            catch (InvalidOperationException)
            {
                // already exited and reaped between the check and the kill
            }
            finally
            {
                WorkerProcessTracker.Remove(_process);
                _process.Dispose();
            }
        }
    }
}

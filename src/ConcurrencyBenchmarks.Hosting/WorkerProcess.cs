using System.Diagnostics;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// One started worker process, with its pipes. Its stderr is read as it comes, so it never blocks on a full pipe,
/// and disposing it kills and reaps the whole process tree if it is still running.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(int worker, Process process, string description)
    {
        Worker = worker;
        _process = process;
        Description = description;
        StandardError = process.StandardError.ReadToEndAsync();
    }

    public int Worker { get; }
    public int Id => _process.Id;
    public string Description { get; }
    public StreamWriter Input => _process.StandardInput;
    public StreamReader Output => _process.StandardOutput;
    public Task<string> StandardError { get; }
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts workers 0..count-1 into <paramref name="started"/>, which holds every one started even when a later
    /// start fails, so the caller can reap them.
    /// </summary>
    public static void StartAll(int count, WorkerLocator.WorkerExecutable executable, IReadOnlyList<string> arguments,
        string description, ICollection<WorkerProcess> started)
    {
        InheritedHandles.EnsureKeptFromChildren();
        for (var i = 0; i < count; i++)
            started.Add(Start(i, executable, arguments, description));
    }

    private static WorkerProcess Start(int worker, WorkerLocator.WorkerExecutable executable, IEnumerable<string> arguments, string description)
    {
        var startInfo = new ProcessStartInfo(executable.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in executable.PrefixArguments.Concat(arguments))
            startInfo.ArgumentList.Add(argument);

        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            process.Dispose();
            throw new WorkerFailedException(worker, -1, $"could not start {executable.FileName}: {e.Message}", description);
        }
        WorkerProcessTracker.Add(process);
        return new WorkerProcess(worker, process, description);
    }

    public Task WaitForExitAsync(CancellationToken cancellation = default) => _process.WaitForExitAsync(cancellation);

    /// <summary>The exception for a worker that exited with a non-zero code (or died), with what it said on stderr.</summary>
    public async Task<WorkerFailedException> FailureAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        return new WorkerFailedException(Worker, _process.ExitCode, await StandardError.ConfigureAwait(false), Description);
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// The exception for a worker whose output ended: it is exiting or gone. Gives it a moment to be reaped so its
    /// exit code is known, and kills it if it lingers.
    /// </summary>
    public WorkerFailedException FailureOnceExited()
    {
        if (!_process.WaitForExitAsync().Wait(TimeSpan.FromSeconds(10)))
            Kill();
        return FailureAsync().GetAwaiter().GetResult();
    }

    /// <summary>Kills the worker and everything it started, and waits until the system has reaped it.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // it exited and was reaped between the check and the kill
        }
    }

    public void Dispose()
    {
        Kill();
        WorkerProcessTracker.Remove(_process);
        _process.Dispose();
    }
}

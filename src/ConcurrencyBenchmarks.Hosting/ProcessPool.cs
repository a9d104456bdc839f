using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// N worker processes started once and kept: each job is a line sent down a worker's stdin, its result a line back
/// (see <see cref="PoolProtocol"/>), so a job pays only dispatch, not process start-up. Disposing the pool ends and
/// reaps every worker; a worker that dies, or a job that times out, makes the pool throw and kill all of them.
/// </summary>
public sealed class ProcessPool : IWorkerProcesses
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly WorkerProcess[] _workers;
    private long _nextId;
    private bool _broken;
    private bool _disposed;
    private volatile Watchdog? _watch; // while a job's answers are read

    private ProcessPool(WorkerProcess[] workers)
    {
        _workers = workers;
        // A worker that exits mid-job would go unnoticed until the others answer: the watchdog kills them all at once.
        for (var i = 0; i < workers.Length; i++)
        {
            var index = i;
            workers[i].WaitForExitAsync().ContinueWith(_ => OnWorkerExited(index), TaskScheduler.Default);
        }
    }

    private void OnWorkerExited(int worker) => _watch?.WorkerExited(worker);

    public IReadOnlyList<int> ProcessIds => _workers.Select(w => w.Id).ToArray();

    /// <summary>Whether a job's answers are being read now: for tests that act in the middle of a job.</summary>
    internal bool IsReading => _watch is not null;

    /// <summary>The runtime each worker reported when it started: NativeAOT or JIT.</summary>
    public IReadOnlyList<string> Runtimes { get; private set; } = [];

    public static ProcessPool Start(int workers) => Start(workers, WorkerLocator.Default);

    public static ProcessPool Start(int workers, WorkerLocator.WorkerExecutable executable)
    {
        WorkerCount.Validate(workers, WorkerCount.MaxProcesses);
        var started = new List<WorkerProcess>(workers);
        try
        {
            WorkerProcess.StartAll(workers, executable, [PoolProtocol.ServeCommand], PoolProtocol.ServeCommand, started);
            var pool = new ProcessPool([.. started]);
            var hellos = pool.ReadAll(pool._workers, StartTimeout, "hello");
            pool.Runtimes = hellos.Select((line, i) => PoolReplies.Runtime(started[i], line)).ToArray();
            return pool;
        }
        catch
        {
            foreach (var worker in started)
                worker.Dispose();
            throw;
        }
    }

    /// <summary>Runs one job on every worker at once and returns each worker's result line, in worker order.</summary>
    public IReadOnlyList<string> Run(WorkerCommand command, TimeSpan? timeout = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_broken)
            throw new InvalidOperationException("the pool lost its workers after an earlier failure; start a new one");
        var text = command.ToString();
        var ids = new long[_workers.Length];
        for (var i = 0; i < _workers.Length; i++)
        {
            ids[i] = ++_nextId;
            Send(_workers[i], PoolProtocol.FormatRun(ids[i], text));
        }
        var replies = ReadAll(_workers, timeout ?? command.DefaultTimeout, text);
        try
        {
            return replies.Select((line, i) => PoolReplies.Result(_workers[i], ids[i], line)).ToArray();
        }
        catch (InvalidOperationException)
        {
            Break(); // a worker that answers out of turn is in an unknown state
            throw;
        }
    }

    IReadOnlyList<string> IWorkerProcesses.Run(WorkerCommand command) => Run(command);

    /// <summary>Sends one raw line to one worker and returns its reply line: for checking the protocol itself.</summary>
    public string Exchange(int worker, string line, TimeSpan? timeout = null)
    {
        Send(_workers[worker], line);
        return ReadAll([_workers[worker]], timeout ?? TimeSpan.FromSeconds(30), line)[0]!;
    }

    /// <summary>
    /// Reads one line from each worker. Plain blocking reads, one after another (every job is already under way), keep
    /// dispatch to a single thread switch. A <see cref="Watchdog"/> ends the reads early by killing the workers when
    /// time runs out or any worker dies (<see cref="OnWorkerExited"/>).
    /// </summary>
    /// <param name="what">What was asked, for the message when time runs out.</param>
    private string?[] ReadAll(WorkerProcess[] workers, TimeSpan limit, string what)
    {
        var lines = new string?[workers.Length];
        var watch = new Watchdog(limit, () => KillAll(_workers));
        using (watch)
        {
            _watch = watch;
            try
            {
                for (var i = 0; i < workers.Length; i++)
                    lines[i] = ReadLine(workers[i]);
            }
            finally
            {
                _watch = null;
            }
        }

        if (watch.TimedOut)
        {
            var waiting = workers.Where((_, i) => lines[i] is null).Select(w => $"worker {w.Worker} (pid {w.Id})").DefaultIfEmpty("a worker");
            Break();
            throw new TimeoutException($"{string.Join(", ", waiting)} of the process pool did not answer '{what}' within {Duration.Format(limit)}; killed");
        }
        var dead = watch.DeadWorker >= 0
            ? _workers[watch.DeadWorker]
            : Enumerable.Range(0, workers.Length).Where(i => lines[i] is null).Select(i => workers[i]).FirstOrDefault();
        if (dead is not null)
        {
            var failure = dead.FailureOnceExited();
            Break();
            throw failure;
        }
        return lines;
    }

    private static void KillAll(IEnumerable<WorkerProcess> workers)
    {
        foreach (var worker in workers)
            worker.Kill();
    }

    private void Send(WorkerProcess worker, string line)
    {
        try
        {
            worker.Input.WriteLine(line);
            worker.Input.Flush();
        }
        catch (IOException)
        {
            // The pipe is broken: the worker is gone.
            var failure = worker.FailureOnceExited();
            Break();
            throw failure;
        }
    }

    /// <summary>A worker's next line, or null when it was killed under the read; one longer than the protocol allows reads as garbled.</summary>
    private static string? ReadLine(WorkerProcess worker)
    {
        try
        {
            var line = BoundedLine.Read(worker.Output, out var overlong);
            return overlong ? $"{PoolProtocol.Error} - a reply over {BoundedLine.MaxLength} characters" : line;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { return null; }
    }

    /// <summary>After a failure no worker's state is known: kill them all, so none lingers.</summary>
    private void Break()
    {
        _broken = true;
        KillAll(_workers);
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        foreach (var worker in _workers)
        {
            try
            {
                if (!worker.HasExited)
                    worker.Input.Close(); // end of input: the worker exits by itself
            }
            catch (IOException) { /* already gone */ }
        }
        // Give them a moment to exit cleanly, all at once; then kill whatever did not, and reap everything.
        Task.WaitAll(_workers.Select(w => w.WaitForExitAsync()).ToArray(), TimeSpan.FromSeconds(5));
        foreach (var worker in _workers)
            worker.Dispose();
        _disposed = true;
    }
}

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
    private volatile bool _reading;
    private int _dead = -1;

    private ProcessPool(WorkerProcess[] workers)
    {
        _workers = workers;
        // A worker that exits while the pool waits for answers would go unnoticed until the others answer:
        // kill them all at once, which ends every read.
        for (var i = 0; i < workers.Length; i++)
        {
            var index = i;
            workers[i].WaitForExitAsync().ContinueWith(_ => OnWorkerExited(index), TaskScheduler.Default);
        }
    }

    private void OnWorkerExited(int worker)
    {
        if (_reading && Interlocked.CompareExchange(ref _dead, worker, -1) == -1)
            KillAll(_workers);
    }

    public IReadOnlyList<int> ProcessIds => _workers.Select(w => w.Id).ToArray();

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
            pool.Runtimes = hellos.Select((line, i) => ParseHello(started[i], line)).ToArray();
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
        return replies.Select((line, i) => Result(_workers[i], ids[i], line)).ToArray();
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
    /// dispatch to a single thread switch. Two watchers end the reads early by killing the workers: a timer when time
    /// runs out, and <see cref="OnWorkerExited"/> when any worker dies.
    /// </summary>
    /// <param name="what">What was asked, for the message when time runs out.</param>
    private string?[] ReadAll(WorkerProcess[] workers, TimeSpan limit, string what)
    {
        var timedOut = 0;
        var lines = new string?[workers.Length];
        Volatile.Write(ref _dead, -1);
        _reading = true;
        try
        {
            using var watchdog = new Timer(_ => { Interlocked.Exchange(ref timedOut, 1); KillAll(workers); }, null,
                Timeouts.Clamp(limit), Timeout.InfiniteTimeSpan);
            for (var i = 0; i < workers.Length; i++)
                lines[i] = ReadLine(workers[i]);
        }
        finally
        {
            _reading = false;
        }

        if (Volatile.Read(ref timedOut) == 1)
        {
            var waiting = workers.Where((_, i) => lines[i] is null).Select(w => $"worker {w.Worker} (pid {w.Id})").DefaultIfEmpty("a worker");
            Break();
            throw new TimeoutException($"{string.Join(", ", waiting)} of the process pool did not answer '{what}' within {Duration.Format(limit)}; killed");
        }
        var dead = Volatile.Read(ref _dead) is var culprit and >= 0
            ? _workers[culprit]
            : Enumerable.Range(0, workers.Length).Where(i => lines[i] is null).Select(i => workers[i]).FirstOrDefault();
        if (dead is not null)
        {
            var failure = Died(dead);
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
            var failure = Died(worker);
            Break();
            throw failure;
        }
    }

    private static string? ReadLine(WorkerProcess worker)
    {
        try
        {
            return worker.Output.ReadLine();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return null; // killed under the read
        }
    }

    private static string ParseHello(WorkerProcess worker, string? line)
    {
        var words = line?.Split(' ') ?? [];
        if (words.Length < 4 || words[0] != PoolProtocol.Hello || words[1] != PoolProtocol.Version)
            throw new InvalidOperationException(
                $"worker {worker.Worker} (pid {worker.Id}) greeted with '{line}', expected '{PoolProtocol.Hello} {PoolProtocol.Version} …': is it a different version of the worker?");
        return words[3]["runtime=".Length..];
    }

    private string Result(WorkerProcess worker, long id, string? line)
    {
        var reply = line is null ? null : PoolProtocol.ParseReply(line);
        if (reply is not null && reply.IsOk && reply.Id == id.ToString())
            return reply.Text;
        Break();
        throw new InvalidOperationException(reply is { IsOk: false }
            ? $"worker {worker.Worker} (pid {worker.Id}) rejected job {id}: {reply.Text}"
            : $"worker {worker.Worker} (pid {worker.Id}) answered job {id} with '{line}'");
    }

    private static WorkerFailedException Died(WorkerProcess worker)
    {
        // Its output ended: the worker is exiting or gone. Give it a moment to be reaped so its exit code is known.
        if (!worker.WaitForExitAsync().Wait(TimeSpan.FromSeconds(10)))
            worker.Kill();
        return worker.FailureAsync().GetAwaiter().GetResult();
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

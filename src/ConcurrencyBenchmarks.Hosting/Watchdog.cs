namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// Ends a pool's blocking reads early, by killing its workers, when time runs out or a worker dies, and never once the
/// reads are over. The first cause wins; the kill runs under the same lock that <see cref="Dispose"/> takes, so when
/// Dispose returns no kill is under way or still to come: a late timer cannot kill a healthy pool after its job
/// returned, which would make the next job fail with exit 137.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private readonly object _gate = new();
    private readonly Action _kill;
    private readonly Timer _timer;
    private bool _over;

    public Watchdog(TimeSpan limit, Action kill)
    {
        _kill = kill;
        _timer = new Timer(_ => Fire(timedOut: true, worker: -1), null, Timeouts.Clamp(limit), Timeout.InfiniteTimeSpan);
    }

    public bool TimedOut { get; private set; }

    /// <summary>The worker whose exit ended the reads, or -1.</summary>
    public int DeadWorker { get; private set; } = -1;

    public void WorkerExited(int worker) => Fire(timedOut: false, worker);

    private void Fire(bool timedOut, int worker)
    {
        lock (_gate)
        {
            if (_over || TimedOut || DeadWorker >= 0)
                return;
            if (timedOut)
                TimedOut = true;
            else
                DeadWorker = worker;
            _kill();
        }
    }

    /// <summary>The reads are over: from now on nothing is killed.</summary>
    public void Dispose()
    {
        lock (_gate)
            _over = true;
        _timer.Dispose();
    }
}

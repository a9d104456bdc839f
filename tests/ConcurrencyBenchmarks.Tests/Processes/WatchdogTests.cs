using ConcurrencyBenchmarks.Hosting;

namespace ConcurrencyBenchmarks.Tests.Processes;

/// <summary>The pool's watchdog: it kills on time-out or a worker's death, once, and never after the reads are over.</summary>
public class WatchdogTests
{
    [Fact]
    public void When_time_runs_out_it_kills_once_and_says_so()
    {
        var kills = 0;
        using var watch = new Watchdog(TimeSpan.FromMilliseconds(10), () => Interlocked.Increment(ref kills));

        Assert.True(SpinWait.SpinUntil(() => watch.TimedOut, TimeSpan.FromSeconds(10)));
        watch.WorkerExited(1); // the kill it caused: not a second cause

        Assert.Equal(1, Volatile.Read(ref kills));
        Assert.Equal(-1, watch.DeadWorker);
    }

    [Fact]
    public void A_worker_that_exits_is_named_and_the_later_timer_does_nothing()
    {
        var kills = 0;
        using var watch = new Watchdog(TimeSpan.FromMilliseconds(50), () => Interlocked.Increment(ref kills));

        watch.WorkerExited(3);
        Thread.Sleep(200); // well past the limit: the timer has fired, and found the job already ended

        Assert.Equal(3, watch.DeadWorker);
        Assert.False(watch.TimedOut);
        Assert.Equal(1, Volatile.Read(ref kills));
    }

    [Fact]
    public void Once_disposed_it_never_kills()
    {
        var kills = 0;
        var watch = new Watchdog(TimeSpan.FromMilliseconds(20), () => Interlocked.Increment(ref kills));

        watch.Dispose();
        watch.WorkerExited(0);
        Thread.Sleep(200); // past the limit

        Assert.Equal(0, Volatile.Read(ref kills));
        Assert.False(watch.TimedOut);
    }

    [Fact]
    public async Task Dispose_returns_only_after_a_kill_under_way_has_finished()
    {
        using var killing = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var killed = false;
        var watch = new Watchdog(TimeSpan.FromMinutes(5), () =>
        {
            killing.Set();
            release.Wait();
            Volatile.Write(ref killed, true);
        });
        var exited = Task.Run(() => watch.WorkerExited(0));
        Assert.True(killing.Wait(TimeSpan.FromSeconds(10)));

        var disposed = Task.Run(watch.Dispose);
        var first = await Task.WhenAny(disposed, Task.Delay(TimeSpan.FromMilliseconds(200)));
        Assert.NotSame(disposed, first); // Dispose has not returned while the kill is under way
        release.Set();

        await disposed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(Volatile.Read(ref killed));
        await exited;
    }
}

using System.Diagnostics;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Tests.Workloads;

public class WorkloadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12_345)]
    [InlineData(10_000_000)]
    public void CrunchNumbers_counts_to_the_given_number(long iterations) =>
        Assert.Equal(iterations, CrunchNumbers.Run(iterations));

    [Fact]
    public void CrunchNumbers_really_counts_no_compiler_folded_the_loop_away()
    {
        // 10^9 steps take about 0.3 s at the 0.28 ns a step measured here; a folded loop returns in nanoseconds.
        // The bound is 20 times below the expected time: only a loop that no longer runs falls under it.
        var clock = Stopwatch.StartNew();
        var count = CrunchNumbers.Run(1_000_000_000);
        clock.Stop();

        Assert.Equal(1_000_000_000, count);
        Assert.True(clock.Elapsed > TimeSpan.FromMilliseconds(15), $"10^9 steps took {clock.Elapsed.TotalMilliseconds:0.###} ms: the loop was folded");
    }

    [Fact]
    public void OnlySleep_returns_no_earlier_than_its_duration()
    {
        var duration = TimeSpan.FromMilliseconds(50);
        var clock = Stopwatch.StartNew();

        OnlySleep.Run(duration);

        Assert.True(clock.Elapsed >= duration, $"returned after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task OnlySleepAsync_completes_no_earlier_than_its_duration_and_holds_no_thread()
    {
        var duration = TimeSpan.FromMilliseconds(50);
        var clock = Stopwatch.StartNew();

        var sleeping = OnlySleep.RunAsync(duration);
        Assert.False(sleeping.IsCompleted); // returned at once: the wait is not on this thread
        await sleeping;

        Assert.True(clock.Elapsed >= duration, $"completed after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void WorkerIdentity_names_this_process_and_thread_like_the_seed()
    {
        var identity = WorkerIdentity.Current();

        Assert.Equal(Environment.ProcessId, identity.ProcessId);
        Assert.Equal(Environment.CurrentManagedThreadId, identity.ManagedThreadId);
        Assert.Equal(Process.GetCurrentProcess().ProcessName, identity.ProcessName);
        Assert.StartsWith($"PID: {Environment.ProcessId}, Process Name: ", identity.ToString());
        Assert.Contains("Thread Name: ", identity.ToString());
    }

    [Fact]
    public void WorkerIdentity_uses_the_threads_own_name_when_it_has_one()
    {
        string? name = null;
        var thread = new Thread(() => name = WorkerIdentity.Current().ThreadName) { Name = "Worker-7" };
        thread.Start();
        thread.Join();

        Assert.Equal("Worker-7", name);
    }
}

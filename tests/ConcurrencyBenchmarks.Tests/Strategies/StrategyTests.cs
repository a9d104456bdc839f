using System.Collections.Concurrent;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tests.Strategies;

public class StrategyTests
{
    public static TheoryData<string, int> StrategiesAndCounts()
    {
        var data = new TheoryData<string, int>();
        foreach (var strategy in All.Keys)
            foreach (var workers in new[] { 1, 3, 16 })
                data.Add(strategy, workers);
        return data;
    }

    // Every blocking in-process strategy the suite has, as the benchmarks, the tour and the charts see them.
    private static readonly Dictionary<string, IActionStrategy> All =
        StrategyCatalog.All.OfType<IActionStrategy>().ToDictionary(s => s.Name);

    private static readonly Dictionary<string, ITaskStrategy> AllAsync =
        StrategyCatalog.All.OfType<ITaskStrategy>().ToDictionary(s => s.Name);

    public static TheoryData<string> ActionStrategies() => [.. All.Keys];

    public static TheoryData<string, int> TaskStrategiesAndCounts()
    {
        var data = new TheoryData<string, int>();
        foreach (var strategy in AllAsync.Keys)
            foreach (var workers in new[] { 1, 7, 64 })
                data.Add(strategy, workers);
        return data;
    }

    [Theory]
    [MemberData(nameof(StrategiesAndCounts))]
    public void Runs_every_worker_exactly_once_and_returns_after_all_finished(string strategy, int workers)
    {
        var runs = new int[workers];
        var finished = new bool[workers];

        All[strategy].Run(workers, worker =>
        {
            Interlocked.Increment(ref runs[worker]);
            Thread.Sleep(5); // long enough that a strategy returning early would be caught
            Volatile.Write(ref finished[worker], true);
        });

        Assert.All(runs, count => Assert.Equal(1, count));
        Assert.All(finished, Assert.True);
    }

    [Fact]
    public void The_catalog_lists_every_strategy_once_in_the_order_they_joined_the_suite()
    {
        var names = StrategyCatalog.All.Select(s => s.Name).ToArray();

        Assert.Equal(["Serial", "Threads", "ThreadPool", "ParallelFor", "Async", "Processes", "ProcessPool"], names.Take(7));
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.Equal(StrategyCatalog.All.Select(s => s.Order).Order(), StrategyCatalog.All.Select(s => s.Order));
        Assert.Equal(names.Length, StrategyCatalog.All.Select(s => s.Order).Distinct().Count()); // each keeps its own colour
        Assert.Same(ThreadsStrategy.Instance, StrategyCatalog.Find("Threads"));
        Assert.Null(StrategyCatalog.Find("Fibers"));
    }

    [Fact]
    public void Serial_runs_every_worker_on_the_callers_thread_in_order()
    {
        var caller = Environment.CurrentManagedThreadId;
        var seen = new List<(int Worker, int Thread)>();

        SerialStrategy.Instance.Run(5, worker => seen.Add((worker, Environment.CurrentManagedThreadId)));

        Assert.Equal([0, 1, 2, 3, 4], seen.Select(s => s.Worker));
        Assert.All(seen, s => Assert.Equal(caller, s.Thread));
    }

    [Fact]
    public void Threads_runs_each_worker_on_its_own_dedicated_thread()
    {
        const int workers = 8;
        var caller = Environment.CurrentManagedThreadId;
        var threads = new ConcurrentDictionary<int, (int Id, bool Pooled, string? Name)>();
        using var allStarted = new CountdownEvent(workers);

        ThreadsStrategy.Instance.Run(workers, worker =>
        {
            var thread = Thread.CurrentThread;
            threads[worker] = (thread.ManagedThreadId, thread.IsThreadPoolThread, thread.Name);
            allStarted.Signal();
            // Every worker is alive at once, so no thread can be reused for a second worker.
            Assert.True(allStarted.Wait(TimeSpan.FromSeconds(30)));
        });

        Assert.Equal(workers, threads.Values.Select(t => t.Id).Distinct().Count());
        Assert.DoesNotContain(caller, threads.Values.Select(t => t.Id));
        Assert.All(threads.Values, t => Assert.False(t.Pooled));
        Assert.Equal(Enumerable.Range(0, workers).Select(i => $"Worker-{i}"), threads.OrderBy(t => t.Key).Select(t => t.Value.Name));
    }

    [Fact]
    public void ThreadPool_runs_workers_on_pool_threads()
    {
        var pooled = new ConcurrentBag<bool>();

        ThreadPoolStrategy.Instance.Run(4, _ => pooled.Add(Thread.CurrentThread.IsThreadPoolThread));

        Assert.Equal(4, pooled.Count);
        Assert.All(pooled, Assert.True);
    }

    [Theory]
    [MemberData(nameof(ActionStrategies))]
    public void A_failing_worker_surfaces_as_an_exception_to_the_caller(string name)
    {
        var strategy = All[name];

        var thrown = Record.Exception(() => strategy.Run(3, worker =>
        {
            if (worker == 1)
                throw new InvalidOperationException("worker 1 failed");
        }));

        Assert.NotNull(thrown);
        Assert.Contains("worker 1 failed", Flatten(thrown));
    }

    [Theory]
    [MemberData(nameof(TaskStrategiesAndCounts))]
    public async Task An_async_strategy_starts_every_worker_once_and_completes_after_all(string strategy, int workers)
    {
        var runs = new int[workers];
        var finished = new bool[workers];

        await AllAsync[strategy].RunAsync(workers, async worker =>
        {
            Interlocked.Increment(ref runs[worker]);
            await Task.Delay(5);
            Volatile.Write(ref finished[worker], true);
        });

        Assert.All(runs, count => Assert.Equal(1, count));
        Assert.All(finished, Assert.True);
    }

    [Fact]
    public async Task Async_overlaps_its_waits_instead_of_running_them_one_by_one()
    {
        const int workers = 16;
        var running = 0;
        var peak = 0;
        var gate = new TaskCompletionSource();

        var all = AsyncStrategy.Instance.RunAsync(workers, async _ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await gate.Task;
            Interlocked.Decrement(ref running);
        });
        gate.SetResult();
        await all;

        Assert.Equal(workers, peak); // all sixteen were waiting at once
    }

    [Fact]
    public async Task ForEachAsync_with_its_default_options_waits_on_at_most_one_worker_per_processor()
    {
        const int workers = 16;
        var running = 0;
        var peak = 0;

        await ForEachAsyncStrategy.Instance.RunAsync(workers, async _ =>
        {
            InterlockedMax(ref peak, Interlocked.Increment(ref running));
            await Task.Delay(20);
            Interlocked.Decrement(ref running);
        });

        // The pitfall the benchmark shows: sixteen waits, but only ProcessorCount of them at a time.
        Assert.InRange(peak, 1, Math.Min(workers, Environment.ProcessorCount));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    private static string Flatten(Exception e) =>
        e is AggregateException a ? string.Join(" | ", a.Flatten().InnerExceptions.Select(i => i.Message)) : e.Message;
}

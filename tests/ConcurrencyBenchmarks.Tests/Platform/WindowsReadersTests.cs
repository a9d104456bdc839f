using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Platform.Windows;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Platform;

/// <summary>
/// Windows' readers: what they make of the counters and the process table, from given numbers on any OS, and the real
/// calls where the tests run on Windows (the workflow's windows-latest runner).
/// </summary>
public class WindowsReadersTests
{
    private const long Tick = SystemTimes.HundredNanosecondsPerTick;

    [Fact]
    public void The_machine_is_busy_for_its_kernel_and_user_time_less_the_idle_time_the_kernel_time_includes()
    {
        var machine = SystemTimes.FromCounters(idle: 600 * Tick, kernel: 800 * Tick, user: 400 * Tick, cpus: 2);

        Assert.Equal(new MachineCpuTime(Busy: 600, Steal: 0, Total: 1200, Cpus: 2), machine);
    }

    [Fact]
    public void A_tree_is_a_process_and_its_descendants_and_a_reused_parent_id_adopts_no_older_process()
    {
        // 1 the host, 10 the benchmark process with workers 11 and 12, 20 the host's other child; 13 names 10 as its
        // parent but started before 10: its parent was an earlier process with that id. 0 is the idle process, its own parent.
        var parents = new Dictionary<int, int> { [0] = 0, [1] = 0, [10] = 1, [11] = 10, [12] = 11, [13] = 10, [20] = 1, [30] = 99 };
        var started = new Dictionary<int, DateTime> { [1] = new(2026, 1, 1), [10] = new(2026, 1, 2), [11] = new(2026, 1, 3), [12] = new(2026, 1, 4), [13] = new(2025, 1, 1), [20] = new(2026, 1, 5) };

        Assert.Equal([10, 11, 12], ProcessSnapshot.Tree(10, parents, pid => started.TryGetValue(pid, out var at) ? at : null));
        Assert.Equal([10, 11, 13, 12], ProcessSnapshot.Tree(10, parents));
        Assert.Equal([1, 10, 20, 11, 12], ProcessSnapshot.Tree(1, parents, pid => started.TryGetValue(pid, out var at) ? at : null));
        Assert.Equal([0, 1, 10, 20, 11, 13, 12], ProcessSnapshot.Tree(0, parents));
    }

    [Fact]
    public void The_host_tree_is_the_whole_job_and_the_benchmark_tree_the_job_less_the_live_processes_outside_it()
    {
        var hostTree = new[] { 1, 10, 20, 11 };
        IReadOnlyList<int> Subtree(int root) => root == 10 ? [10, 11] : root == 1 ? hostTree : [root];
        var own = new Dictionary<int, long> { [1] = 30 * Tick, [10] = 5 * Tick, [20] = 15 * Tick, [11] = 40 * Tick };

        // The job's 200 ticks hold a worker of 10 that exited (110 ticks) beside the live ones.
        var trees = JobTrees.Of([1, 10], jobTotal: 200 * Tick, hostTree, Subtree, pid => own[pid], inJob: _ => true);

        Assert.NotNull(trees);
        Assert.Equal(new TreeCpuTime(200, 200 * Tick * 100.0), trees[0]);
        Assert.Equal(new TreeCpuTime(155, 155 * Tick * 100.0), trees[1]); // 200 less the host's 30 and its other child's 15
    }

    [Fact]
    public void A_root_outside_the_host_tree_or_its_job_has_no_tree_time()
    {
        var hostTree = new[] { 1, 10 };
        IReadOnlyList<int> Subtree(int root) => [root];

        Assert.Null(JobTrees.Of([1, 99], 100, hostTree, Subtree, _ => 0, inJob: _ => true));
        Assert.Null(JobTrees.Of([1, 10], 100, hostTree, Subtree, _ => 0, inJob: pid => pid != 10)); // started before the host joined
        Assert.NotNull(JobTrees.Of([1], 100, hostTree, Subtree, _ => 0, inJob: _ => false)); // the host itself is always read
    }

    [RequiresWindowsFact("Windows' system times, job accounting and thread names")]
    public void On_Windows_a_worker_that_exited_still_counts_in_the_tree_and_the_pool_is_counted_from_its_thread_names()
    {
        var readers = new WindowsReaders();
        ExitedWorker.Measure(readers);

        using var blocked = new ManualResetEventSlim();
        var waiting = Enumerable.Range(0, 4).Select(_ => Task.Run(blocked.Wait)).ToArray();
        Thread.Sleep(200);
        var pool = readers.PoolThreads(Environment.ProcessId);
        var named = ThreadDescriptions.Count(Environment.ProcessId, RuntimeThreadNames.PoolWorker);
        blocked.Set();
        Task.WaitAll(waiting);

        Assert.True(pool >= 4, $"pool threads {pool}");
        Assert.True(named >= 4, $"threads named as the pool's: {named}");
    }
}

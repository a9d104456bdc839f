using System.Runtime.InteropServices;
using System.Text;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Platform.MacOS;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Platform;

/// <summary>
/// macOS's readers: what they make of the counters and the process listings, from given numbers on any OS, and the
/// real calls where the tests run on macOS (the workflow's macos-latest runner).
/// </summary>
public class MacReadersTests
{
    [Fact]
    public void The_machine_is_busy_for_all_but_its_idle_ticks_and_has_no_steal()
    {
        var machine = HostCpuLoad.FromTicks([400, 150, 600, 50], cpus: 2); // user, system, idle, nice

        Assert.Equal(new MachineCpuTime(Busy: 600, Steal: 0, Total: 1200, Cpus: 2), machine);
    }

    [Fact]
    public void The_32_bit_counters_carry_on_past_their_wrap_and_only_there()
    {
        var counters = new WrappingCounters(2);

        Assert.Equal([uint.MaxValue - 5L, 7L], counters.Extend([uint.MaxValue - 5, 7]));
        Assert.Equal([(1L << 32) + 10, 9L], counters.Extend([10, 9])); // the first wrapped, the second grew
        Assert.Equal([(1L << 32) + 10, 9L], counters.Extend([10, 9])); // unchanged is not a wrap
        Assert.Equal([(1L << 32) + 12, (1L << 32) + 1], counters.Extend([12, 1]));
    }

    [Fact]
    public void The_kernels_timer_ticks_become_nanoseconds_at_the_timers_frequency()
    {
        Assert.Equal(new ProcessUsage.Usage(1e9, 0.5e9), ProcessUsage.FromTimerTicks(24_000_000, 12_000_000, frequency: 24_000_000)); // Apple silicon
        Assert.Equal(new ProcessUsage.Usage(1e9, 0.5e9), ProcessUsage.FromTimerTicks(1_000_000_000, 500_000_000, frequency: 1_000_000_000)); // Intel
    }

    [Fact]
    public void A_tree_is_its_live_processes_own_time_and_their_waited_for_childrens_and_a_child_gone_meanwhile_is_left_out()
    {
        // 1 the host, 10 the benchmark process (which waited for a worker that used 300 ms) with worker 11, 20 the
        // host's other child; 12 was listed as 11's child but exited before it was read.
        var children = new Dictionary<int, int[]> { [1] = [10, 20], [10] = [11], [11] = [12], [20] = [], [12] = [] };
        var usage = new Dictionary<int, ProcessUsage.Usage>
        {
            [1] = new(50e6, 0), [10] = new(20e6, 300e6), [11] = new(130e6, 0), [20] = new(40e6, 0),
        };
        const double tick = 10e6; // 100 ticks a second

        var trees = UsageTrees.Of([1, 10], pid => children[pid], pid => usage.TryGetValue(pid, out var u) ? u : null, tick);

        Assert.NotNull(trees);
        Assert.Equal(new TreeCpuTime(54, 540e6), trees[0]);
        Assert.Equal(new TreeCpuTime(45, 450e6), trees[1]);
    }

    [Fact]
    public void A_root_that_is_gone_or_children_that_cannot_be_listed_give_no_tree_time()
    {
        var usage = new ProcessUsage.Usage(1e6, 0);

        Assert.Null(UsageTrees.Of([1, 99], _ => [], pid => pid == 1 ? usage : null, 10e6));
        Assert.Null(UsageTrees.Of([1], _ => null, _ => usage, 10e6));
        Assert.NotNull(UsageTrees.Of([1], _ => [], _ => usage, 10e6));
    }

    /// <summary>proc_threadinfo of &lt;sys/proc_info.h&gt;, field by field, for the layout to be computed rather than counted by hand.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ProcThreadInfo
    {
        public ulong UserTime, SystemTime;
        public int CpuUsage, Policy, RunState, Flags, SleepTime, CurrentPriority, Priority, MaxPriority;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)] // MAXTHREADNAMESIZE
        public byte[] Name;
    }

    [Fact]
    public void A_threads_name_is_read_where_proc_threadinfo_keeps_it_and_an_unnamed_thread_has_none()
    {
        Assert.Equal(ThreadNames.ThreadInfoBytes, Marshal.SizeOf<ProcThreadInfo>());
        var nameAt = (int)Marshal.OffsetOf<ProcThreadInfo>(nameof(ProcThreadInfo.Name));
        var info = new byte[ThreadNames.ThreadInfoBytes];
        info.AsSpan(0, nameAt).Fill(0x7f); // times and priorities: not part of the name
        Encoding.UTF8.GetBytes(RuntimeThreadNames.PoolWorker).CopyTo(info, nameAt);

        Assert.Equal(RuntimeThreadNames.PoolWorker, ThreadNames.NameIn(info));
        info.AsSpan(nameAt).Clear();
        Assert.Null(ThreadNames.NameIn(info));
    }

    [RequiresMacOSFact("proc_pidinfo's thread names")]
    public void On_macOS_the_pools_threads_are_counted_by_the_name_each_gave_itself()
    {
        using var blocked = new ManualResetEventSlim();
        var waiting = Enumerable.Range(0, 4).Select(_ => Task.Run(blocked.Wait)).ToArray();
        Thread.Sleep(200);
        var named = ThreadNames.Count(Environment.ProcessId, RuntimeThreadNames.PoolWorker);
        blocked.Set();
        Task.WaitAll(waiting);

        Assert.True(named >= 4, $"threads named as the pool's: {named}");
    }

    [RequiresMacOSFact("host_statistics, proc_listpids and proc_pid_rusage")]
    public void On_macOS_a_worker_that_exited_still_counts_in_the_tree_and_the_machine_times_advance()
    {
        var (before, after, _) = ExitedWorker.Measure(new MacReaders());

        Assert.True(after.Machine.Busy > before.Machine.Busy, "the machine's busy ticks did not advance while a worker spun");
    }
}

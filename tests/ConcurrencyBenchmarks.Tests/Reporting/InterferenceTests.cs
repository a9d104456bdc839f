using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Platform.Linux;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>A case that sleeps, measured once with the machine quiet and once beside a process that spins on a core.</summary>
public class TinyNeighbourBenchmarks
{
    [Params(false, true)] public bool BusyNeighbour { get; set; }

    private int? _neighbour;

    [GlobalSetup]
    public void Start()
    {
        if (BusyNeighbour)
            _neighbour = BusyNeighbourProcess.Start();
    }

    [Benchmark]
    public void Sleep() => Thread.Sleep(150);

    [GlobalCleanup]
    public void Stop()
    {
        if (_neighbour is { } pid)
            BusyNeighbourProcess.Stop(pid);
    }
}

/// <summary>
/// A worker that spins outside this process tree: started by a helper that exits at once, so the OS gives the worker
/// another parent (init, launchd).
/// </summary>
public static class BusyNeighbourProcess
{
    public static int Start()
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.Tests.Detach.dll"),
                     DotnetHost.Path, Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.Worker.dll"), "crunch", "1000000000000",
                 })
            start.ArgumentList.Add(argument);
        using var helper = Process.Start(start)!;
        var output = helper.StandardOutput.ReadToEnd();
        var error = helper.StandardError.ReadToEnd();
        helper.WaitForExit();
        return helper.ExitCode == 0 && int.TryParse(output.Trim(), out var pid)
            ? pid
            : throw new InvalidOperationException($"the detaching helper exited {helper.ExitCode}: {error.Trim()}");
    }

    public static void Stop(int pid)
    {
        try
        {
            using var neighbour = Process.GetProcessById(pid);
            neighbour.Kill();
            neighbour.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException) { /* already gone */ }
    }
}

public class InterferenceTests
{
    [RequiresNeighbourOutsideTheTreeFact]
    public void A_busy_process_beside_a_case_raises_its_interference_and_marks_it()
    {
        var summary = InProcessMonitoring.Run<TinyNeighbourBenchmarks>(new InterferenceDiagnoser(), InterferenceColumn.Default, iterations: 4);
        try
        {
            var quiet = Report(summary, busy: false);
            var busy = Report(summary, busy: true);

            // The neighbour spins on one whole processor: 1/C of the machine.
            var expected = 1.0 / Environment.ProcessorCount;
            Assert.InRange(InterferenceLevel.Of(busy)!.Value, expected * 0.6, 1.0);
            Assert.True(InterferenceLevel.Of(busy) > InterferenceLevel.Of(quiet) + expected * 0.4,
                $"quiet {InterferenceLevel.Of(quiet):P1}, busy {InterferenceLevel.Of(busy):P1}");
            // The quiet case is not asserted unmarked: the test runner itself is a process outside this tree.
            Assert.Matches(@"^\d+\.\d% !$", InterferenceColumn.Default.GetValue(summary, busy.BenchmarkCase));
            Assert.Contains(InterferenceAnalyser.Default.Analyse(summary), c => c.Message.Contains("re-run them on a quiet machine"));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }

    [Fact]
    public void Interference_is_other_busy_time_beyond_the_own_tree_plus_steal_over_all_time()
    {
        var before = new InterferenceSample.Reading(new MachineCpuTime(Busy: 1000, Steal: 10, Total: 5000), OwnTicks: 300);
        var after = new InterferenceSample.Reading(new MachineCpuTime(Busy: 1150, Steal: 30, Total: 5400), OwnTicks: 400);

        var sample = InterferenceSample.Between(before, after)!;

        Assert.Equal(50 / 400.0, sample.OtherShare!.Value, 9);  // 150 busy, 100 of them ours
        Assert.Equal(20 / 400.0, sample.StealShare!.Value, 9);
        Assert.Null(InterferenceSample.Between(after, after)); // no time passed
        var tooShort = after with { Machine = before.Machine with { Total = before.Machine.Total + InterferenceSample.MinimumTicks - 1 } };
        Assert.Null(InterferenceSample.Between(before, tooShort)); // a few ticks either way would swing the share
    }

    [Fact]
    public void Busy_cores_come_from_the_exact_cpu_time_over_the_wall_time_where_interference_has_too_few_ticks()
    {
        var machine = new MachineCpuTime(Busy: 1000, Steal: 10, Total: 5000, Cpus: 2);
        var before = new InterferenceSample.Reading(machine, OwnTicks: 300, BenchmarkNanoseconds: 5e9, At: TimeSpan.FromSeconds(10));
        // 150 ms later, 270 ms of CPU time: 1.8 cores; the machine counted 30 ticks, too few to judge its shares.
        var after = new InterferenceSample.Reading(machine with { Busy = 1027, Total = 5030 }, OwnTicks: 327, BenchmarkNanoseconds: 5.27e9,
            At: TimeSpan.FromSeconds(10.15));

        var sample = InterferenceSample.Between(before, after)!;

        Assert.Equal(1.8, sample.BusyCores!.Value, 6);
        Assert.Null(sample.OtherShare);
        Assert.Null(sample.Total);
        var tooShort = after with { At = before.At + InterferenceSample.MinimumBusyWall - TimeSpan.FromMilliseconds(1) };
        Assert.Null(InterferenceSample.Between(before, tooShort)); // under 100 ms the exited workers' ticks would swing it
    }

    [Fact]
    public void In_process_the_hosts_background_compiling_is_not_the_strategys_busy_time()
    {
        var machine = new MachineCpuTime(Busy: 1000, Steal: 10, Total: 5000, Cpus: 2);
        // Thread 7 compiled 60 ms between the readings, thread 9 started since and compiled 30 ms: 90 ms of the 150 ms of CPU.
        var before = new InterferenceSample.Reading(machine, OwnTicks: 300, BenchmarkNanoseconds: 5e9, At: TimeSpan.FromSeconds(10),
            Compiling: new Dictionary<int, long> { [7] = 400_000_000 });
        var after = before with
        {
            BenchmarkNanoseconds = 5.15e9, At = TimeSpan.FromSeconds(10.3),
            Compiling = new Dictionary<int, long> { [7] = 460_000_000, [9] = 30_000_000 },
        };

        Assert.Equal(0.2, InterferenceSample.Between(before, after)!.BusyCores!.Value, 6);
        Assert.Equal(0.5, InterferenceSample.Between(before with { Compiling = null }, after with { Compiling = null })!.BusyCores!.Value, 6);
    }

    [RequiresProcFact]
    public void The_own_tree_includes_this_process_and_its_children_and_a_subtree_is_read_in_the_same_pass()
    {
        using var child = WorkerProcess.Start("sleep", "5s");
        try
        {
            var trees = CpuTimes.ReadProcessTrees(Environment.ProcessId, child.Id);
            var machine = CpuTimes.ReadMachine();

            Assert.NotNull(trees);
            var (mine, childs) = (trees![0].Ticks, trees[1].Ticks);
            // The exact clocks agree with the ticks, which floor each process's user and system time.
            Assert.InRange(trees[0].Nanoseconds / ProcessCpuClock.TickNanoseconds, mine * 0.95 - 10, mine * 1.05 + 10);
            Assert.True(machine!.Value.Total >= machine.Value.Busy && machine.Value.Busy >= mine / Environment.ProcessorCount,
                "the machine's busy time covers this process's");
            Assert.InRange(childs, 0, mine); // the child's tree is inside this one's
            Assert.Null(CpuTimes.ReadProcessTrees(Environment.ProcessId, int.MaxValue)); // a root that is gone
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }

    private static BenchmarkReport Report(Summary summary, bool busy) =>
        summary.Reports.Single(r => (bool)r.BenchmarkCase.Parameters["BusyNeighbour"] == busy);
}

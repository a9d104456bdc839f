using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>Cases that keep a known number of processors busy: two spinning threads, a sleep, and a spinning child process.</summary>
public class TinyBusyBenchmarks
{
    /// <summary>Two new threads, each spinning for <paramref name="duration"/>; returns when both are done.</summary>
    public static void SpinOnTwoThreads(TimeSpan duration)
    {
        var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
            }
        })).ToArray();
        foreach (var thread in threads)
            thread.Start();
        foreach (var thread in threads)
            thread.Join();
    }

    [Benchmark]
    public void TwoSpinningThreads() => SpinOnTwoThreads(TimeSpan.FromMilliseconds(300));

    [Benchmark]
    public void Sleeping() => Thread.Sleep(300);

    /// <summary>A worker that counts for 300 ms, then is stopped: its CPU time is the tree's, not this process's.</summary>
    [Benchmark]
    public void SpinningChildProcess()
    {
        using var child = WorkerProcess.Start("crunch", "1000000000000");
        Thread.Sleep(300);
        child.Kill();
        child.WaitForExit();
    }
}

/// <summary>A short case as ab's quick sizes and CI's runs have them: two threads spinning 30 ms, started anew each iteration.</summary>
public class TinyShortBusyBenchmarks
{
    [Benchmark]
    public void TwoThreadsSpinning30Ms() => TinyBusyBenchmarks.SpinOnTwoThreads(TimeSpan.FromMilliseconds(30));
}

/// <summary>Busy cores, measured for real: the process tree's CPU time over the measured iterations' wall time.</summary>
public class BusyCoresTests
{
    [RequiresProcFact]
    public void Two_spinning_threads_read_near_two_a_sleep_near_zero_and_a_child_process_counts()
    {
        var beside = new CpuTimeBeside();
        var summary = InProcessMonitoring.Run<TinyBusyBenchmarks>(new InterferenceDiagnoser(), BusyCoresColumn.Default, iterations: 3, beside);
        try
        {
            double Cores(string method) => BusyCoresColumn.Of(summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method))
                                           ?? throw new InvalidOperationException($"{method}: no busy cores recorded");
            var (spinning, sleeping, child) = (Cores(nameof(TinyBusyBenchmarks.TwoSpinningThreads)), Cores(nameof(TinyBusyBenchmarks.Sleeping)),
                Cores(nameof(TinyBusyBenchmarks.SpinningChildProcess)));

            // Each as .NET and the C library read the same window: the threads, the sleep, and the child that exited.
            ReadsAsBeside(spinning, beside.BusyCores(nameof(TinyBusyBenchmarks.TwoSpinningThreads)));
            ReadsAsBeside(sleeping, beside.BusyCores(nameof(TinyBusyBenchmarks.Sleeping)));
            ReadsAsBeside(child, beside.BusyCores(nameof(TinyBusyBenchmarks.SpinningChildProcess)));
            // Two threads keep at most two processors busy, and at most the machine's; what a shared machine gives them
            // varies (1.16 of 2 in one window here), but it is far from nothing.
            var expected = Math.Min(2, Environment.ProcessorCount);
            Assert.InRange(spinning, expected * 0.4, expected * 1.15);
            // In process the tree is the test host itself, whose runtime (tiered JIT, the GC) adds a little to a sleep.
            Assert.InRange(sleeping, 0, 0.6);
            Assert.InRange(child, 0.2, 1.3);
            Assert.Matches(@"^\d\.\d\d$", BusyCoresColumn.Default.GetValue(summary, summary.BenchmarksCases[0]));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }

    [RequiresProcFact]
    public void A_case_of_five_30_ms_iterations_has_busy_cores_and_no_interference_judged_on_so_few_ticks()
    {
        var beside = new CpuTimeBeside();
        var summary = InProcessMonitoring.Run<TinyShortBusyBenchmarks>(new InterferenceDiagnoser(), BusyCoresColumn.Default, iterations: 5, beside);
        try
        {
            var report = summary.Reports.Single();

            // 150 ms of wall time: 30 ticks of both processors' time at most, far under the 100 ticks interference needs.
            // The threads that did the work had exited when it was read: the process's CPU clock still counts them.
            var cores = BusyCoresColumn.Of(report) ?? throw new InvalidOperationException("no busy cores recorded for a 150 ms case");
            ReadsAsBeside(cores, beside.BusyCores(nameof(TinyShortBusyBenchmarks.TwoThreadsSpinning30Ms)));
            Assert.InRange(cores, Math.Min(2, Environment.ProcessorCount) * 0.4, Math.Min(2, Environment.ProcessorCount) * 1.15); // as above
            Assert.Null(InterferenceLevel.Of(report));
            Assert.Equal("?", InterferenceColumn.Default.GetValue(summary, report.BenchmarkCase));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }

    /// <summary>
    /// The two readings' windows start and end a /proc scan apart (milliseconds in 150 or more), which splits what another
    /// thread does then differently (0.08 cores once here), and a child that exited counts in clock ticks in one of them:
    /// a tenth and 0.1 cores either way.
    /// </summary>
    private static void ReadsAsBeside(double cores, double beside) => Assert.InRange(cores, beside * 0.9 - 0.1, beside * 1.1 + 0.1);
}

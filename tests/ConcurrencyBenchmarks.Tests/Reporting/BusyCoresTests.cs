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
        var summary = InProcessMonitoring.Run<TinyBusyBenchmarks>(new InterferenceDiagnoser(), BusyCoresColumn.Default, iterations: 3);
        try
        {
            double Cores(string method) => BusyCoresColumn.Of(summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method))
                                           ?? throw new InvalidOperationException($"{method}: no busy cores recorded");
            var (spinning, sleeping, child) = (Cores(nameof(TinyBusyBenchmarks.TwoSpinningThreads)), Cores(nameof(TinyBusyBenchmarks.Sleeping)),
                Cores(nameof(TinyBusyBenchmarks.SpinningChildProcess)));

            // Two threads can keep at most two processors busy, and at most the machine's.
            var expected = Math.Min(2, Environment.ProcessorCount);
            Assert.InRange(spinning, expected * 0.6, expected * 1.15);
            // In process the tree is the test host itself, whose runtime (tiered JIT, the GC) adds a little to a sleep.
            Assert.InRange(sleeping, 0, 0.6);
            Assert.InRange(child, 0.5, 1.3);
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
        var summary = InProcessMonitoring.Run<TinyShortBusyBenchmarks>(new InterferenceDiagnoser(), BusyCoresColumn.Default, iterations: 5);
        try
        {
            var report = summary.Reports.Single();

            // 150 ms of wall time: 30 ticks of both processors' time at most, far under the 100 ticks interference needs.
            // The threads that did the work had exited when it was read: the process's CPU clock still counts them.
            var cores = BusyCoresColumn.Of(report) ?? throw new InvalidOperationException("no busy cores recorded for a 150 ms case");
            var expected = Math.Min(2, Environment.ProcessorCount);
            Assert.InRange(cores, expected * 0.6, expected * 1.15); // as for the 300 ms threads above
            Assert.Null(InterferenceLevel.Of(report));
            Assert.Equal("?", InterferenceColumn.Default.GetValue(summary, report.BenchmarkCase));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }
}

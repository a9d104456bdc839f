using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>Cases that keep a known number of processors busy: two spinning threads, a sleep, and a spinning child process.</summary>
public class TinyBusyBenchmarks
{
    private static void Spin(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
        }
    }

    [Benchmark]
    public void TwoSpinningThreads()
    {
        var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() => Spin(TimeSpan.FromMilliseconds(300)))).ToArray();
        foreach (var thread in threads)
            thread.Start();
        foreach (var thread in threads)
            thread.Join();
    }

    [Benchmark]
    public void Sleeping() => Thread.Sleep(300);

    /// <summary>A shell that spins for 300 ms: its CPU time is the tree's, not this process's.</summary>
    [Benchmark]
    public void SpinningChildProcess()
    {
        using var child = Process.Start(new ProcessStartInfo("timeout", ["0.3", "sh", "-c", "while :; do :; done"]) { UseShellExecute = false })!;
        child.WaitForExit();
    }
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
}

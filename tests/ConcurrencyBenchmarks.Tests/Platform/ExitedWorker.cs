using System.Diagnostics;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Platform;

/// <summary>
/// The real-call check every OS's readers share: this process's tree read before and after a worker that spun for
/// half a second and exited, so its time can only have come through the parent that waited for it.
/// </summary>
public static class ExitedWorker
{
    /// <summary>The two readings, asserted present, and what lay between them.</summary>
    public static (InterferenceSample.Reading Before, InterferenceSample.Reading After, InterferenceSample Between) Measure(IOsReaders readers)
    {
        var before = InterferenceSample.Read(Environment.ProcessId, Environment.ProcessId, readers);
        var clock = Stopwatch.StartNew();
        using (var child = WorkerProcess.Start("crunch", "1000000000000"))
        {
            Thread.Sleep(500);
            child.Kill();
            child.WaitForExit();
        }
        var after = InterferenceSample.Read(Environment.ProcessId, Environment.ProcessId, readers);

        Assert.NotNull(before);
        Assert.NotNull(after);
        var between = InterferenceSample.Between(before, after);
        Assert.NotNull(between);
        // The child counted for some of its half second (its start-up included), though it was gone when read.
        Assert.True(between.BusyCores * clock.Elapsed.TotalSeconds > 0.1, $"busy cores {between.BusyCores} over {clock.Elapsed}");
        Assert.True(after.Machine.Total > before.Machine.Total, "the machine's ticks did not advance");
        return (before, after, between);
    }
}

using System.Diagnostics;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>
/// Work that both computes and waits, as a request loop does: slices that each count, then sleep. The counting is a
/// fixed number of iterations, never a time, so a worker that shares its processor takes longer instead of counting less.
/// </summary>
public static class MixedWork
{
    /// <summary>One slice: a few milliseconds, as a request computes and waits in short turns.</summary>
    public static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(10);

    /// <summary>Counts <paramref name="iterations"/>, then sleeps <paramref name="sleep"/>, <paramref name="slices"/> times; returns the count.</summary>
    public static long Run(long iterations, TimeSpan sleep, int slices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slices);
        OnlySleep.Validate(sleep);
        long counted = 0;
        for (var i = 0; i < slices; i++)
        {
            counted += CrunchNumbers.Run(iterations);
            if (sleep > TimeSpan.Zero)
                Thread.Sleep(sleep);
        }
        return counted;
    }

    /// <summary>The iterations that count for <paramref name="time"/> on this machine, from <see cref="NanosecondsPerIteration"/>.</summary>
    public static long IterationsFor(TimeSpan time) => (long)Math.Round(time.Ticks * 100.0 / NanosecondsPerIteration.Value);

    /// <summary>
    /// How long one counting step takes in this process, measured once: the median of 21 counts of about a millisecond
    /// each, so a moment of host noise does not set every slice's size.
    /// </summary>
    public static readonly Lazy<double> NanosecondsPerIteration = new(() =>
    {
        const long chunk = 2_000_000;
        CrunchNumbers.Run(chunk); // compiled at full optimisation already; the first count only faults pages in
        var times = new double[21];
        for (var i = 0; i < times.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            CrunchNumbers.Run(chunk);
            times[i] = Stopwatch.GetElapsedTime(start).Ticks * 100.0 / chunk;
        }
        return SampleMedian.Of(times);
    });
}

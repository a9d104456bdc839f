using System.Diagnostics;

namespace ConcurrencyBenchmarks.Workloads.Capacity;

/// <summary>
/// Measures the machine's delivered capacity with the CrunchNumbers loop itself: k threads each count for the same
/// fixed time (not a fixed amount), so a slow processor shows as a low count instead of hiding behind the others.
/// Rounds alternate the thread counts, so a host that speeds up or slows down during the probe moves every count alike.
/// </summary>
public static class CapacityProbe
{
    public static readonly TimeSpan DefaultStep = TimeSpan.FromMilliseconds(200);
    public const int DefaultRounds = 5;

    // About a third of a millisecond of counting between looks at the clock: the look costs nothing in comparison.
    private const long Chunk = 1 << 20;

    /// <param name="processors">C, the processors this process may use.</param>
    /// <param name="threadCounts">The counts to probe besides 1 and C (the run's worker counts up to C).</param>
    public static MachineCapacity Measure(int processors, IEnumerable<int> threadCounts, TimeSpan? step = null, int rounds = DefaultRounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(processors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var counts = threadCounts.Where(k => k >= 1 && k <= processors).Append(1).Append(processors).Distinct().Order().ToArray();
        var duration = step ?? DefaultStep;

        Count(processors, duration / 2); // warm-up: wakes every processor up before anything is counted
        var samples = counts.ToDictionary(k => k, _ => new List<(double Total, double Slowest)>());
        for (var round = 0; round < rounds; round++)
        {
            var rates = counts.ToDictionary(k => k, k => Count(k, duration));
            var single = rates[1][0];
            foreach (var k in counts)
                samples[k].Add((rates[k].Sum() / single, rates[k].Min() / rates[k].Average()));
        }
        return new MachineCapacity(processors,
            counts.Select(k => new CapacityStep(k, SampleMedian.Of(samples[k].Select(s => s.Total)), SampleMedian.Of(samples[k].Select(s => s.Slowest)))).ToArray());
    }

    /// <summary>
    /// What the machine gives <paramref name="workers"/> equal counting workers right now, against one thread: one thread
    /// counts, then min(N, C) threads do, twice, then one thread again (ABBA, each for <paramref name="step"/>), so a host
    /// speeding up or slowing down during the reading moves both sides alike. Up to C workers, equal shares finish with
    /// the slowest thread (its count times N); beyond C, time-slicing spreads every worker over all processors (their
    /// total). The same bound as <see cref="MachineCapacity.SpeedupBound"/>, in one short reading, for a slot beside the cases.
    /// </summary>
    public static double SpeedupBound(int workers, int processors, TimeSpan step)
    {
        var threads = Math.Min(workers, processors);
        double Together(double[] counts) => workers > processors ? counts.Sum() : counts.Length * counts.Min();
        var single = Count(1, step)[0];
        var together = Together(Count(threads, step)) + Together(Count(threads, step));
        single += Count(1, step)[0];
        return together / single;
    }

    /// <summary>Each of <paramref name="threads"/> threads counts for <paramref name="duration"/>; returns what each counted.</summary>
    public static double[] Count(int threads, TimeSpan duration)
    {
        var counts = new double[threads];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            long counted = 0;
            while (Stopwatch.GetTimestamp() < deadline)
                counted += CrunchNumbers.Run(Chunk);
            counts[i] = counted;
        })
        { Name = $"Probe-{i}", IsBackground = true }).ToArray();
        foreach (var worker in workers)
            worker.Start();
        foreach (var worker in workers)
            worker.Join();
        return counts;
    }
}

using System.Diagnostics;
using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Capacity;

/// <summary>
/// How long a sleep of <see cref="AskedNanoseconds"/> takes on this machine: the OS wakes a sleeper on its timer's
/// tick, so a sleep lasts what was asked and up to a tick more (Windows' default tick is 15.6 ms, Linux's
/// high-resolution timers wake within microseconds). The sleeping workloads' ideal is what the timer gives, not what
/// was asked: a strategy is not held to a time no sleeper here can reach.
/// </summary>
public sealed record SleepTimer(double AskedNanoseconds, double MedianNanoseconds, int Rounds)
{
    public const int DefaultRounds = 5;

    /// <summary>Sleeps <paramref name="asked"/> <paramref name="rounds"/> times on this thread; the median of what each took.</summary>
    public static SleepTimer Measure(TimeSpan asked, int rounds = DefaultRounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var took = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Thread.Sleep(asked);
            took[i] = Stopwatch.GetElapsedTime(start).Ticks * 100.0;
        }
        return new SleepTimer(asked.Ticks * 100.0, SampleMedian.Of(took), rounds);
    }

    /// <summary>e.g. "a 100 ms sleep takes 100.1 ms here (the median of 5 sleeps): the sleeping ideal is that".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"a {AskedNanoseconds / 1e6:0.###} ms sleep takes {MedianNanoseconds / 1e6:0.0##} ms here (the median of {Rounds} sleeps, measured before the benchmarks): the sleeping ideal is that, not the time asked");
}

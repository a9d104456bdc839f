using System.Diagnostics;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>The I/O-bound workload: do nothing but wait for a timer (the seed's <c>time.sleep</c>).</summary>
public static class OnlySleep
{
    /// <summary>Blocks the calling thread for <paramref name="duration"/>.</summary>
    public static void Run(TimeSpan duration) => Thread.Sleep(Validate(duration));

    /// <summary>Waits for <paramref name="duration"/> without holding a thread.</summary>
    public static Task RunAsync(TimeSpan duration) => WaitAsync(Validate(duration));

    private static async Task WaitAsync(TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        await Task.Delay(duration).ConfigureAwait(false);
        // Timers count whole milliseconds and may fire a fraction early: wait out the rest, so no worker sleeps short.
        while (Stopwatch.GetElapsedTime(start) < duration)
            await Task.Delay(1).ConfigureAwait(false);
    }

    internal static TimeSpan Validate(TimeSpan duration) =>
        duration >= TimeSpan.Zero && duration.TotalMilliseconds <= int.MaxValue
            ? duration
            : throw new ArgumentOutOfRangeException(nameof(duration), duration,
                $"duration is {Duration.Format(duration)}; it must be between 0 and {int.MaxValue} ms.");
}

namespace ConcurrencyBenchmarks.Hosting;

internal static class Timeouts
{
    // Waits take at most int.MaxValue milliseconds; a longer limit is as good as none.
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    public static TimeSpan Clamp(TimeSpan limit) => limit > Longest ? Longest : limit;
}

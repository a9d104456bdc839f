using System.Globalization;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>Elapsed and remaining times as ab prints them: <c>42s</c>, <c>3m 05s</c>.</summary>
public static class AbClock
{
    public static string Format(TimeSpan time) =>
        time.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}m {time.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0}s");
}

using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>Durations as people type them: <c>100ms</c>, <c>1s</c>, <c>1.5s</c>, <c>250us</c>, <c>2min</c>.</summary>
public static class Duration
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("min", TimeSpan.FromMinutes(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
        ("us", TimeSpan.FromMicroseconds(1)),
        ("µs", TimeSpan.FromMicroseconds(1)),
        ("s", TimeSpan.FromSeconds(1)),
    ];

    public const string Expected = "a number with a unit: us, ms, s or min (e.g. 100ms, 1s)";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        foreach (var (unit, size) in Units)
        {
            if (!text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
                continue;
            var number = text[..^unit.Length];
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count)
                || count * size.Ticks > TimeSpan.MaxValue.Ticks)
                return false;
            duration = TimeSpan.FromTicks((long)Math.Round(count * size.Ticks));
            return true;
        }
        return false;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a duration; expected {Expected}.");

    /// <summary>The shortest exact form: 1s, 100ms, 250us; fractions only below a microsecond.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            return "-" + Format(duration.Negate());
        if (duration.Ticks != 0 && duration.Ticks % TimeSpan.TicksPerSecond == 0)
            return (duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + "s";
        if (duration.Ticks % TimeSpan.TicksPerMillisecond == 0)
            return (duration.Ticks / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture) + "ms";
        return duration.TotalMicroseconds.ToString("0.###", CultureInfo.InvariantCulture) + "us";
    }
}

using System.Globalization;

namespace ConcurrencyBenchmarks.RunReporting;

/// <summary>A time in nanoseconds as every report of the suite writes it: in s, ms, µs or ns, three significant digits or so.</summary>
public static class TimeText
{
    public static string Of(double nanoseconds)
    {
        var (value, unit) = Math.Abs(nanoseconds) switch
        {
            >= 1e9 => (nanoseconds / 1e9, "s"),
            >= 1e6 => (nanoseconds / 1e6, "ms"),
            >= 1e3 => (nanoseconds / 1e3, "µs"),
            _ => (nanoseconds, "ns"),
        };
        return value.ToString(Math.Abs(value) >= 100 ? "0.0" : "0.00", CultureInfo.InvariantCulture) + " " + unit;
    }
}

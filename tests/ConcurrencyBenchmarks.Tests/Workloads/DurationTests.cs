using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Tests.Workloads;

public class DurationTests
{
    [Theory]
    [InlineData("100ms", 100 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1s", TimeSpan.TicksPerSecond)]
    [InlineData("1.5s", 15 * TimeSpan.TicksPerSecond / 10)]
    [InlineData("250us", 250 * TimeSpan.TicksPerMicrosecond)]
    [InlineData("2min", 2 * TimeSpan.TicksPerMinute)]
    [InlineData(" 0ms ", 0)]
    public void Parses_a_number_with_a_unit(string text, long ticks) =>
        Assert.Equal(TimeSpan.FromTicks(ticks), Duration.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("100")]
    [InlineData("ms")]
    [InlineData("-5ms")]
    [InlineData("5 hours")]
    [InlineData("1e400s")]
    public void Rejects_anything_else_with_the_expected_form(string text)
    {
        Assert.False(Duration.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => Duration.Parse(text));
        Assert.Contains("e.g. 100ms", e.Message);
    }

    [Theory]
    [InlineData("100ms", "100ms")]
    [InlineData("1000ms", "1s")]
    [InlineData("0.25s", "250ms")]
    [InlineData("1500us", "1500us")]
    [InlineData("250us", "250us")]
    public void Formats_in_the_shortest_exact_form(string text, string formatted) =>
        Assert.Equal(formatted, Duration.Format(Duration.Parse(text)));
}

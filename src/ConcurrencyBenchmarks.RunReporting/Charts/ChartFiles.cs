using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Charts;

/// <summary>One group's two charts: where they are written (without extension: each is a .png and an .svg) and what they show.</summary>
public sealed record ChartFile(ChartSeries Series, string Label, string SpeedupPath, string TimePath);

/// <summary>
/// The charts of a summary, one pair per group of comparable cases: the exporter writes them and the page shows
/// them, both from this list. A summary with several groups (two jobs or runtimes, <c>--join</c>) numbers them.
/// </summary>
public static class ChartFiles
{
    public const string Speedup = "speedup";
    public const string Time = "time";

    public static IReadOnlyList<ChartFile> Of(Summary summary, RunEnvironment environment)
    {
        var series = ChartSeries.From(summary, environment);
        return series.Select((s, i) =>
        {
            var number = series.Count > 1 ? $"{i + 1}-" : "";
            var label = series.Count > 1 ? $"{s.Workload}, {s.Group}" : s.Workload;
            return new ChartFile(s, label, WithoutExtension(summary, number + Speedup), WithoutExtension(summary, number + Time));
        }).ToArray();
    }

    private static string WithoutExtension(Summary summary, string caption)
    {
        var path = ArtifactNames.For(summary, caption, "svg");
        return path[..^".svg".Length];
    }
}

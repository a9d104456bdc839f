using BenchmarkDotNet.Reports;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>Reads a case's interference back from its report, and judges it against the threshold.</summary>
public static class InterferenceLevel
{
    /// <summary>
    /// Above this share of the machine taken by others (other processes plus steal), a case is marked. Measured here
    /// (README, "Interference"): quiet cases read at most 0.9%, a neighbour spinning 1% of the machine reads 1-2%, one
    /// of 2.5% reads 2.4-3.5%, and one of 5%, which already slowed CrunchNumbers medians by 19-32%, reads 4-6%.
    /// </summary>
    public const double Threshold = 0.03;

    public const string Mark = "!";

    /// <summary>Other CPU plus steal, or null when the case has no such metrics (unknown).</summary>
    public static double? Of(BenchmarkReport? report) =>
        report is not null
        && report.Metrics.TryGetValue(InterferenceMetric.OtherCpu.Id, out var other)
        && report.Metrics.TryGetValue(InterferenceMetric.Steal.Id, out var steal)
            ? other.Value + steal.Value
            : null;

    public static bool IsHigh(BenchmarkReport? report) => Of(report) is > Threshold;

    public static string Advice(int cases) =>
        $"{cases} case{(cases == 1 ? "" : "s")} ran while other processes or the hypervisor took over {Threshold:0%} of the machine "
        + $"(marked {Mark} in the Interference column): their times are not to be trusted; re-run them on a quiet machine";
}

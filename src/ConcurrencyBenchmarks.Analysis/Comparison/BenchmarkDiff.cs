namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>One benchmark compared: its verdict and the numbers behind it (nanoseconds; null where a side is missing).</summary>
/// <param name="Ratio">Diff median / base median: above 1 is slower.</param>
/// <param name="Shift">Hodges-Lehmann estimate of how far the diff moved from the base (diff − base).</param>
/// <param name="Modality">"bimodal" or "multimodal" when either side has several modes, whose medians can mislead.</param>
public sealed record BenchmarkDiff(
    string Id, Verdict Verdict, double? BaseMedian, double? DiffMedian, double? Ratio, double? Shift, string? Modality)
{
    /// <summary>
    /// With several rounds a side: how far the rounds' medians spread, relative to the median (the wider of the two
    /// sides). A change smaller than this cannot show in every round, so it is the smallest change the benchmark can
    /// be trusted to find; null with one round a side.
    /// </summary>
    public double? RoundSpread { get; init; }
}

using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// A ratio estimated from a sample of log-ratios (one per visit, or per pair): the Harrell–Davis median with its
/// Maritz–Jarrett confidence interval (Perfolizer), given back as ratios. Medians, not means: single visits have rare
/// spikes. With fewer than <see cref="MinimumCount"/> values there is a point estimate (the plain median) and no interval.
/// </summary>
public sealed record RatioInterval(int Count, double Ratio, double Lower, double Upper)
{
    /// <summary>Fewer values than this give no interval worth the name.</summary>
    public const int MinimumCount = 5;

    /// <summary>Whether the sample was large enough for an interval.</summary>
    public bool HasInterval => Count >= MinimumCount;

    /// <summary>Whether the two intervals do not overlap: the one ratio is above or below the other beyond their uncertainty.</summary>
    public bool IsApartFrom(RatioInterval other) => HasInterval && other.HasInterval && (Lower > other.Upper || Upper < other.Lower);

    /// <returns>Null for an empty sample.</returns>
    public static RatioInterval? From(IReadOnlyList<double> logRatios, double level)
    {
        if (logRatios.Count == 0)
            return null;
        if (logRatios.Count < MinimumCount)
        {
            var median = Math.Exp(Median.Of(logRatios));
            return new RatioInterval(logRatios.Count, median, double.NaN, double.NaN);
        }
        var interval = HarrellDavisQuantileEstimator.Instance.QuantileConfidenceIntervalEstimator(new Sample([.. logRatios]), 0.5)
            .ConfidenceInterval(new ConfidenceLevel(level));
        return new RatioInterval(logRatios.Count, Math.Exp(interval.Estimation), Math.Exp(interval.Lower), Math.Exp(interval.Upper));
    }
}

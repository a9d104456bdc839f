using Perfolizer.Mathematics.QuantileEstimators;

namespace ConcurrencyBenchmarks.RunReporting;

/// <summary>The median of a sample, as Perfolizer's simple (Hyndman–Fan type 7) estimator gives it: the middle value, or the mean of the two middle ones.</summary>
public static class Median
{
    public static double Of(IReadOnlyList<double> values) => SimpleQuantileEstimator.Instance.Quantile(values as double[] ?? values.ToArray(), 0.5);
}

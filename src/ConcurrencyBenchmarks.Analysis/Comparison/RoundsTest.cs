using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Metrology;
using Pragmastat;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// The test on the rounds' log medians that a change must also pass with several rounds a side (docs/compare.md,
/// "Rounds"). Welch's test estimates each side's variance alone: with two rounds a side that agree by chance it is
/// left with about one degree of freedom. Student's pools the two sides' variances, as the drift between rounds is
/// the same machine's on both sides, and keeps n₁ + n₂ − 2.
/// </summary>
public enum RoundsTest { Welch, Student }

/// <summary>Whether one side's rounds exceed the other's, one-sided, by the test chosen.</summary>
internal static class OneSidedTTest
{
    /// <summary>The one-sided p-value that <paramref name="higher"/>'s mean exceeds <paramref name="lower"/>'s.</summary>
    public static double PValue(RoundsTest test, double[] higher, double[] lower) => test switch
    {
        RoundsTest.Student => StudentPValue(higher, lower),
        _ => WelchTest.Instance.Perform(new Sample(higher), new Sample(lower), AlternativeHypothesis.Greater, Threshold.Zero).PValue,
    };

    private static double StudentPValue(double[] higher, double[] lower)
    {
        var (n1, n2) = (higher.Length, lower.Length);
        var (m1, m2) = (higher.Average(), lower.Average());
        var pooled = (SquaredDeviations(higher, m1) + SquaredDeviations(lower, m2)) / (n1 + n2 - 2);
        var t = (m1 - m2) / Math.Sqrt(pooled * (1.0 / n1 + 1.0 / n2));
        return 1 - new StudentDistribution(n1 + n2 - 2).Cdf(t);
    }

    private static double SquaredDeviations(double[] values, double mean) => values.Sum(v => (v - mean) * (v - mean));
}

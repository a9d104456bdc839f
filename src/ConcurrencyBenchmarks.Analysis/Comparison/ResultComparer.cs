using ConcurrencyBenchmarks.RunReporting;
using Perfolizer.Horology;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.Multimodality;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Pragmastat;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// Compares two result sets benchmark by benchmark: a Mann-Whitney equivalence test at the user's threshold, plus a
/// noise floor, decides Faster, Slower or Same (Perfolizer, the version BDN pins).
/// </summary>
public static class ResultComparer
{
    /// <summary>
    /// The significance level, 0.02. The equivalence test asks whether a shift exceeds the threshold, so an unchanged
    /// benchmark sits far from the decision and is almost never flagged; the level matters most for catching real
    /// regressions in small samples, where the exact Mann-Whitney test is coarse. On synthetic suites shaped like
    /// real measurements (README, "Comparing runs"): 0 false alarms in 6,000 unchanged comparisons at 10, 15 and 20
    /// values, and 1 missed 25% regression in 600 at 10 values (13 at 0.01); 0.05 raised 2 false alarms.
    /// </summary>
    public static readonly SignificanceLevel Alpha = new(AlphaValue);

    private const double AlphaValue = 0.02;

    private static readonly SimpleEquivalenceTest EquivalenceTest = new(MannWhitneyTest.Instance);

    public static ComparisonReport Compare(ResultSet @base, ResultSet diff, ComparisonOptions options)
    {
        var ids = @base.Benchmarks.Keys.Union(diff.Benchmarks.Keys).Where(options.Includes).Order(StringComparer.Ordinal);
        var results = new List<BenchmarkDiff>();
        foreach (var id in ids)
        {
            var inBase = @base.Benchmarks.TryGetValue(id, out var baseValues);
            var inDiff = diff.Benchmarks.TryGetValue(id, out var diffValues);
            results.Add((inBase, inDiff) switch
            {
                (true, true) => InRounds(Compare(id, baseValues!, diffValues!, options), RoundMedians(@base, id), RoundMedians(diff, id), options),
                (false, _) => new BenchmarkDiff(id, Verdict.Added, null, Median.Of(diffValues!), null, null, null),
                _ => new BenchmarkDiff(id, Verdict.Removed, Median.Of(baseValues!), null, null, null, null),
            });
        }
        return new ComparisonReport(results, options);
    }

    public static BenchmarkDiff Compare(string id, double[] baseValues, double[] diffValues, ComparisonOptions options)
    {
        // In nanoseconds, BDN's unit for raw values, so an absolute threshold such as 2ms applies too.
        var (x, y) = (new Sample(diffValues, TimeUnit.Nanosecond), new Sample(baseValues, TimeUnit.Nanosecond));
        var (baseMedian, diffMedian) = (Median.Of(baseValues), Median.Of(diffValues));
        // Samples without any spread (a value measured identically every time) leave nothing to test or estimate.
        var spread = Spread(baseValues) && Spread(diffValues);
        var verdict = Math.Abs(diffMedian - baseMedian) < options.NoiseNanoseconds ? Verdict.Same
            : spread ? Test(x, y, options)
            : Beyond(diffMedian, baseMedian, Math.Abs(options.Threshold.EffectiveShift(y)));
        var shift = spread ? Toolkit.Shift(x, y).NominalValue : diffMedian - baseMedian;
        return new BenchmarkDiff(id, verdict, baseMedian, diffMedian, baseMedian > 0 ? diffMedian / baseMedian : null, shift,
            Modality(baseValues, diffValues));
    }

    /// <summary>
    /// With several rounds a side, the values of one round share that round's machine state, so pooling them makes
    /// the test over-confident: a round that drifted looks like a change. A change then also has to show between the
    /// rounds: a one-sided t-test on the rounds' log medians (<see cref="ComparisonOptions.RoundsTest"/>, Student's)
    /// must find the shift beyond the threshold, at the same level as the pooled test. Chosen by simulation
    /// (docs/compare.md, "Rounds"): on unchanged suites of 3 rounds whose rounds drift by 0.1-8%, pooling flagged 49
    /// of 3,000 benchmarks and this 2 to 3; "every round agrees" (no test) 171.
    /// </summary>
    public static BenchmarkDiff InRounds(BenchmarkDiff pooled, double[] baseRounds, double[] diffRounds, ComparisonOptions options)
    {
        if (baseRounds.Length < 2 || diffRounds.Length < 2)
            return pooled;
        var spread = Math.Max(Spread(baseRounds), Spread(diffRounds));
        // The threshold's margin at the base's level, on the log scale the test works on.
        var level = Median.Of(baseRounds);
        var margin = Math.Log(1 + Math.Abs(options.Threshold.EffectiveShift(new Sample([level], TimeUnit.Nanosecond))) / level);
        var agrees = pooled.Verdict switch
        {
            Verdict.Slower => ShiftBeyond(diffRounds, baseRounds, margin, options.RoundsTest),
            Verdict.Faster => ShiftBeyond(baseRounds, diffRounds, margin, options.RoundsTest),
            _ => true,
        };
        return pooled with { Verdict = agrees ? pooled.Verdict : Verdict.Same, RoundSpread = spread };

        static double Spread(double[] medians) => (medians.Max() - medians.Min()) / Median.Of(medians);
    }

    /// <summary>Whether the higher rounds' log medians exceed the lower ones' by more than the margin (one-sided, by <paramref name="test"/>, at <see cref="Alpha"/>).</summary>
    internal static bool ShiftBeyond(double[] higher, double[] lower, double margin, RoundsTest test)
    {
        // The margin taken off the higher side: what is left must still be greater.
        var (h, l) = (higher.Select(v => Math.Log(v) - margin).ToArray(), lower.Select(v => Math.Log(v)).ToArray());
        if (h.Distinct().Count() < 2 && l.Distinct().Count() < 2)
            return h.Average() > l.Average(); // exact values: the t statistic is undefined
        return OneSidedTTest.PValue(test, h, l) < AlphaValue;
    }

    private static double[] RoundMedians(ResultSet set, string id) =>
        set.Rounds.Where(r => r.ContainsKey(id)).Select(r => Median.Of(r[id])).ToArray();

    private static Verdict Test(Sample diff, Sample @base, ComparisonOptions options) =>
        EquivalenceTest.Perform(diff, @base, options.Threshold, Alpha) switch
        {
            ComparisonResult.Greater => Verdict.Slower, // the diff's times are greater
            ComparisonResult.Lesser => Verdict.Faster,
            _ => Verdict.Same,
        };

    /// <summary>Exact values: slower or faster when they differ by more than the threshold's margin.</summary>
    private static Verdict Beyond(double diff, double @base, double margin) =>
        diff > @base + margin ? Verdict.Slower : diff < @base - margin ? Verdict.Faster : Verdict.Same;

    private static bool Spread(IReadOnlyList<double> values) => values.Count >= 2 && values.Any(v => v != values[0]);

    /// <summary>
    /// Fewer values than this get no modality mark: two modes cannot be told from noise in fewer (dotnet/performance's
    /// ResultsComparer refuses below 12 too). The suite's own job measures 10, so its marks need --iterationCount 12 or more.
    /// </summary>
    public const int MinimumValuesForModality = 12;

    /// <summary>The m-value (Brendan Gregg's, as BDN's own multimodality analyser uses it): 2 for one mode, about 4 for two.</summary>
    private static string? Modality(double[] x, double[] y) =>
        Math.Min(x.Length, y.Length) < MinimumValuesForModality ? null : Math.Max(MValue(x), MValue(y)) switch
        {
            > 4.2 => "multimodal",
            > 3.2 => "bimodal",
            _ => null,
        };

    private static double MValue(double[] values) => values.Distinct().Count() < 2 ? 2 : MValueCalculator.Calculate(values);
}

using ConcurrencyBenchmarks.RunReporting;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Mathematics.SignificanceTesting;
using Pragmastat;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>Whether a strategy's speed-up over Serial, at one worker count, changed between two result sets.</summary>
public enum ScalingVerdict { Same, Lost, Gained }

/// <param name="BaseSpeedup">Serial's median over this case's, in the base (medians of the rounds' speed-ups with several rounds).</param>
public sealed record ScalingDiff(string Family, string Strategy, int Workers, double BaseSpeedup, double DiffSpeedup, ScalingVerdict Verdict)
{
    public double Ratio => DiffSpeedup / BaseSpeedup;
}

/// <summary>
/// Changes in scaling: each strategy's speed-up over Serial at every worker count, measured within one run, so a
/// machine that is uniformly slower cancels out and the verdict holds across machines. With one round a side the
/// speed-up's sample is Serial's median over each of the case's values, judged by the same equivalence test as
/// times but at no less than <see cref="SingleRoundMinimum"/>; with several rounds, the rounds' speed-ups by the same
/// t-test as times in rounds, at the comparison's threshold (docs/compare.md, "Scaling").
/// </summary>
public static class ScalingComparer
{
    /// <summary>
    /// With one round a side a speed-up is judged at no less than 20%: its cases drift between runs, which one round
    /// cannot show. Chosen by simulation (README, "Scaling"): A/A false verdicts 347, 63, 12 and 2 in 2,000 at 5, 10,
    /// 15 and 20%; a 30% loss still found in 972 of 1,000.
    /// </summary>
    public const double SingleRoundMinimum = 0.20;
    private static readonly SimpleEquivalenceTest EquivalenceTest = new(MannWhitneyTest.Instance);

    public static IReadOnlyList<ScalingDiff> Compare(ResultSet @base, ResultSet diff, ComparisonOptions options)
    {
        var results = new List<ScalingDiff>();
        foreach (var (id, position) in @base.Scaling.Where(s => !s.Value.IsBaseline && options.Includes(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var serial = @base.Scaling.FirstOrDefault(s => position.HasBaseline(s.Value)).Key;
            if (serial is null || !diff.Benchmarks.ContainsKey(id) || !diff.Benchmarks.ContainsKey(serial))
                continue;
            var (baseSpeedups, diffSpeedups) = (Speedups(@base, serial, id), Speedups(diff, serial, id));
            var verdict = baseSpeedups.Rounds && diffSpeedups.Rounds
                ? InRounds(baseSpeedups.Values, diffSpeedups.Values, options)
                : Pooled(baseSpeedups.Values, diffSpeedups.Values, Math.Max(RelativeFraction(options), SingleRoundMinimum));
            results.Add(new ScalingDiff(position.Family, position.Strategy, position.Workers,
                Median.Of(baseSpeedups.Values), Median.Of(diffSpeedups.Values), verdict));
        }
        return results;
    }

    /// <summary>
    /// One speed-up per round when the side has several rounds of both cases; else one per interleaved visit where the
    /// run made them (Serial and the case measured side by side); else Serial's median over each value.
    /// </summary>
    private static (double[] Values, bool Rounds) Speedups(ResultSet set, string serial, string id)
    {
        var rounds = set.Rounds.Where(r => r.ContainsKey(serial) && r.ContainsKey(id)).ToArray();
        return rounds.Length >= 2 ? (rounds.Select(r => Median.Of(r[serial]) / Median.Of(r[id])).ToArray(), true)
            : set.InterleavedSpeedups.TryGetValue(id, out var visits) ? (visits, false)
            : (set.Benchmarks[id].Select(v => Median.Of(set.Benchmarks[serial]) / v).ToArray(), false);
    }

    private static ScalingVerdict Pooled(double[] @base, double[] diff, double fraction) =>
        EquivalenceTest.Perform(new Sample(diff), new Sample(@base), RelativeThreshold(fraction), ResultComparer.Alpha) switch
        {
            ComparisonResult.Greater => ScalingVerdict.Gained,
            ComparisonResult.Lesser => ScalingVerdict.Lost,
            _ => ScalingVerdict.Same,
        };

    private static ScalingVerdict InRounds(double[] @base, double[] diff, ComparisonOptions options)
    {
        var margin = Math.Log(1 + RelativeFraction(options));
        return ResultComparer.ShiftBeyond(diff, @base, margin, options.RoundsTest) ? ScalingVerdict.Gained
            : ResultComparer.ShiftBeyond(@base, diff, margin, options.RoundsTest) ? ScalingVerdict.Lost
            : ScalingVerdict.Same;
    }

    // A speed-up has no unit: an absolute threshold (2ms) means nothing for it, so such a threshold counts as 5%.
    private static double RelativeFraction(ComparisonOptions options) => options.RelativeFraction ?? 0.05;

    private static Perfolizer.Metrology.Threshold RelativeThreshold(double fraction) =>
        Perfolizer.Metrology.Threshold.Parse((fraction * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%");

}

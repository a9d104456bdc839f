using ConcurrencyBenchmarks.RunReporting;
using Perfolizer.Mathematics.Cpd;
using Perfolizer.Mathematics.ScaleEstimators;
using Pragmastat;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>Which of Perfolizer's change-point detectors proposes the steps.</summary>
public enum StepMethod { EdPelt, RqqPelt }

/// <summary>
/// How steps are found. <paramref name="MinDistance"/>: the fewest commits on each side of a step (so one bad run
/// cannot be a segment of its own). A proposed step is kept only when the medians of the segments around it differ
/// by more than <paramref name="NoiseFactor"/> standard errors of that difference (the noise estimated from the
/// series itself) and by more than <paramref name="MinimumChange"/>.
/// An excursion, a step and a step back to where the series was within <paramref name="TransientCommits"/>, is a
/// busy spell of the host (or a regression fixed at once), not a step: neither is reported.
/// </summary>
public sealed record StepSettings(StepMethod Method, int MinDistance, double NoiseFactor, double MinimumChange, int TransientCommits, double Sensitivity = 0.5)
{
    /// <summary>Chosen by simulation on synthetic histories shaped like real runs (README, "History").</summary>
    public static readonly StepSettings Default = new(StepMethod.EdPelt, MinDistance: 3, NoiseFactor: 5, MinimumChange: 0.03, TransientCommits: 8);

    /// <summary>
    /// For the speed-up series: the times' settings, which the same simulation on the speed-up series' own run-to-run
    /// spreads confirmed (no false step in 2,750 unchanged series; docs/history.md, "Steps in scaling").
    /// </summary>
    public static readonly StepSettings Speedup = Default;

    public int MinimumCommits => 2 * MinDistance;
}

/// <summary>A step in a series: <see cref="Index"/> is the first point after it; before and after are the medians of the segments around it.</summary>
public sealed record Step(int Index, double Before, double After)
{
    public double Ratio => After / Before;
}

/// <summary>The steps of a series, or why it has no verdict (too short).</summary>
public sealed record StepVerdict(IReadOnlyList<Step> Steps, string? NoVerdict);

/// <summary>
/// Finds steps in a benchmark's series of per-commit medians: Perfolizer's detector proposes change points on the
/// log medians (a 10% step is the same size at 1 µs and at 1 s), and a proposed step stays only when it stands out
/// of the series' own noise (see <see cref="StepSettings"/>), the weakest going first until every one left does.
/// </summary>
public static class StepDetector
{
    public static StepVerdict Find(IReadOnlyList<double> values, StepSettings? settings = null)
    {
        settings ??= StepSettings.Default;
        if (values.Count < settings.MinimumCommits)
            return new StepVerdict([], $"{values.Count} commit{(values.Count == 1 ? "" : "s")}: a step needs {settings.MinDistance} on each side");
        var logs = values.Select(v => Math.Log(v)).ToArray();
        var proposed = Propose(logs, settings).Select(i => i + 1).Where(i => i > 0 && i < logs.Length).Distinct().Order().ToList();
        var noise = PointNoise(logs);
        var floor = Math.Log(1 + settings.MinimumChange);
        while (RemoveWeakest(proposed, logs, noise, floor, settings) || RemoveExcursion(proposed, logs, noise, floor, settings))
        {
        }
        var steps = proposed.Select((start, k) => new Step(start,
            Math.Exp(Median.Of(logs[Before(proposed, k)..start])), Math.Exp(Median.Of(logs[start..After(proposed, k, logs.Length)])))).ToArray<Step>();
        return new StepVerdict(steps, null);
    }

    /// <summary>Removes the weakest step that does not stand out of the noise; false when every one does.</summary>
    private static bool RemoveWeakest(List<int> starts, double[] logs, double noise, double floor, StepSettings settings)
    {
        var weakest = starts.Select((start, k) => (Start: start, Strength: Strength(logs, Before(starts, k), start, After(starts, k, logs.Length), noise, floor, settings.NoiseFactor)))
            .Where(j => j.Strength < 1).OrderBy(j => j.Strength).Select(j => (int?)j.Start).FirstOrDefault();
        if (weakest is null)
            return false;
        starts.Remove(weakest.Value);
        return true;
    }

    /// <summary>
    /// Removes the first excursion: two steps of opposite directions less than <see cref="StepSettings.TransientCommits"/>
    /// apart, with the series on both sides of them at one level (no step between the outer segments).
    /// </summary>
    private static bool RemoveExcursion(List<int> starts, double[] logs, double noise, double floor, StepSettings settings)
    {
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var (from, up, down, to) = (Before(starts, k), starts[k], starts[k + 1], After(starts, k + 1, logs.Length));
            var opposite = Math.Sign(Median.Of(logs[up..down]) - Median.Of(logs[from..up])) != Math.Sign(Median.Of(logs[down..to]) - Median.Of(logs[up..down]));
            var outer = logs[from..up].Concat(logs[down..to]).ToArray();
            if (down - up < settings.TransientCommits && opposite
                && Strength(outer, 0, up - from, outer.Length, noise, floor, settings.NoiseFactor) < 1)
            {
                starts.RemoveRange(k, 2);
                return true;
            }
        }
        return false;
    }

    /// <summary>The detector's change points: Perfolizer gives the last index before each change.</summary>
    private static int[] Propose(double[] logs, StepSettings settings) => settings.Method switch
    {
        StepMethod.EdPelt => EdPeltChangePointDetector.Instance.GetChangePointIndexes(logs, settings.MinDistance),
        _ => new RqqPeltChangePointDetector(settings.Sensitivity).GetChangePointIndexes(logs, settings.MinDistance),
    };

    /// <summary>
    /// How far a step clears what it must: its size over the larger of the floor and the noise factor times the
    /// standard error of a difference of two medians (1.25 σ √(1/n₁ + 1/n₂)); 1 or more is a step.
    /// </summary>
    private static double Strength(double[] logs, int from, int start, int to, double noise, double floor, double factor)
    {
        var size = Math.Abs(Median.Of(logs[start..to]) - Median.Of(logs[from..start]));
        var standardError = 1.2533 * noise * Math.Sqrt(1.0 / (start - from) + 1.0 / (to - start));
        return size / Math.Max(floor, factor * standardError);
    }

    /// <summary>
    /// One point's noise (σ of a log median), from the differences of neighbours, which a step or a lone outlier barely
    /// moves: Perfolizer's Shamos estimator of their scale (robust, and far steadier than the median absolute
    /// deviation on 60 points), over √2.
    /// </summary>
    internal static double PointNoise(double[] logs)
    {
        if (logs.Length < 3)
            return 0;
        var differences = logs.Zip(logs.Skip(1), (a, b) => b - a).ToArray();
        return ShamosEstimator.Instance.Scale(new Sample(differences)) / Math.Sqrt(2);
    }

    private static int Before(List<int> starts, int k) => k == 0 ? 0 : starts[k - 1];

    private static int After(List<int> starts, int k, int length) => k == starts.Count - 1 ? length : starts[k + 1];

}

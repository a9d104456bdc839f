using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Simulations;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>Steps in series of per-commit medians, with the noise of real runs (a few percent) on fixed seeds.</summary>
public class StepDetectorTests
{
    /// <summary>A series of 1 ms medians with log-normal noise of the given spread, times <paramref name="factor"/>(commit).</summary>
    private static double[] Series(int commits, double spread, int seed, Func<int, double>? factor = null) =>
        SyntheticHistory.Generate([spread], commits, seed, (_, c) => factor?.Invoke(c) ?? 1)[0].Select(v => v / 1e4).ToArray();

    [Fact]
    public void One_step_is_found_at_its_commit_with_the_medians_around_it()
    {
        var found = Enumerable.Range(1, 20).Select(seed => StepDetector.Find(Series(40, 0.01, seed, c => c >= 25 ? 1.10 : 1))).ToArray();

        Assert.All(found, verdict =>
        {
            var step = Assert.Single(verdict.Steps);
            Assert.InRange(step.Index, 24, 26);
            Assert.InRange(step.Ratio, 1.07, 1.13);
        });
        Assert.True(found.Count(v => v.Steps[0].Index == 25) >= 18, "the step should be placed at its own commit almost always");
    }

    [Fact]
    public void Two_steps_are_both_found_in_order()
    {
        var verdict = StepDetector.Find(Series(50, 0.01, seed: 3, c => c >= 30 ? 1.3 * 0.85 : c >= 15 ? 1.3 : 1));

        Assert.Equal([15, 30], verdict.Steps.Select(s => s.Index));
        Assert.True(verdict.Steps[0].Ratio > 1.2 && verdict.Steps[1].Ratio < 0.9);
    }

    [Fact]
    public void Noise_alone_has_no_steps()
    {
        var steps = Enumerable.Range(1, 50).Sum(seed => StepDetector.Find(Series(60, 0.03, seed)).Steps.Count);

        Assert.Equal(0, steps);
    }

    [Fact]
    public void A_single_bad_run_is_not_a_step()
    {
        var series = Series(30, 0.01, seed: 5);
        series[12] *= 2; // one run on a busy host

        Assert.Empty(StepDetector.Find(series).Steps);
    }

    [Fact]
    public void A_step_within_the_series_own_noise_is_not_reported()
    {
        // 5% steps in a benchmark whose runs differ by 20%: what such a history cannot show, it does not claim.
        var steps = Enumerable.Range(1, 20).Sum(seed => StepDetector.Find(Series(40, 0.20, seed, c => c >= 20 ? 1.05 : 1)).Steps.Count);

        Assert.True(steps <= 1, $"{steps} steps reported in 20 noisy series");
    }

    [Fact]
    public void Too_short_a_series_has_no_verdict_and_says_why()
    {
        var verdict = StepDetector.Find([1e6, 1e6, 2e6, 2e6, 2e6]);

        Assert.Empty(verdict.Steps);
        Assert.Equal("5 commits: a step needs 3 on each side", verdict.NoVerdict);
        Assert.Null(StepDetector.Find(Series(StepSettings.Default.MinimumCommits, 0.01, 1)).NoVerdict);
    }

    [Fact]
    public void On_histories_shaped_like_the_suite_steps_in_quiet_benchmarks_are_found_and_almost_nothing_else()
    {
        // Spreads as the suite's benchmarks varied between full runs on a 2-vCPU VM: sleeps 0.02-4%, counting 6-29%.
        double[] spreads = [.. Enumerable.Range(0, 36).Select(b => 0.0002 * Math.Pow(200, b / 35.0)), .. Enumerable.Range(0, 32).Select(b => 0.06 + 0.23 * b / 31.0)];

        var row = StepSimulation.Run(StepSettings.Default, spreads, repetitions: 10, seed: 1);

        // The README's rates on these shapes: about 1 false step in 2,000 unchanged series, every quiet step but 1 in 30
        // found at its commit. A looser setting (a noise factor of 3) reports a false step in about 1 series in 70.
        Assert.Equal(10 * StepSimulation.Stepped, row.InjectedQuiet + row.InjectedNoisy);
        Assert.True(row.FalseSteps <= 2, $"{row.FalseSteps} false steps in {row.UnchangedSeries} unchanged series");
        Assert.True(row.FoundQuiet >= row.InjectedQuiet - 1, $"{row.FoundQuiet} of {row.InjectedQuiet} steps in quiet benchmarks found");
        Assert.True(row.Misplaced <= 2, $"{row.Misplaced} steps away from their commit");
    }
}

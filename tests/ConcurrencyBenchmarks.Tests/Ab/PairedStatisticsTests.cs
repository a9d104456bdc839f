using ConcurrencyBenchmarks.Ab.Paired;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>The paired verdicts on synthetic autocorrelated series, with ab's default settings and its stopping rule.</summary>
public class PairedStatisticsTests
{
    private static readonly PairedSettings Defaults = new();

    private static PairedVerdict[] Cases(double shift, int count, double ramp = 0) =>
        Enumerable.Range(0, count).Select(seed =>
        {
            var random = new Random(seed);
            return PairedSeries.Simulate(PairedSeries.SyntheticHost(random, shift, ramp), 1 << 20, 0, Defaults, random).Verdict;
        }).ToArray();

    [Fact]
    public void Identical_code_on_a_drifting_host_is_never_flagged()
    {
        var verdicts = Cases(shift: 0, count: 300);

        Assert.DoesNotContain(PairedVerdict.Slower, verdicts);
        Assert.DoesNotContain(PairedVerdict.Faster, verdicts);
        Assert.True(verdicts.Count(v => v == PairedVerdict.Same) >= 270, $"only {verdicts.Count(v => v == PairedVerdict.Same)} of 300 Same");
    }

    [Fact]
    public void A_consistent_3_percent_slowdown_is_found()
    {
        var verdicts = Cases(shift: 0.03, count: 300);

        Assert.DoesNotContain(PairedVerdict.Faster, verdicts);
        Assert.True(verdicts.Count(v => v == PairedVerdict.Slower) >= 285, $"only {verdicts.Count(v => v == PairedVerdict.Slower)} of 300 found");
    }

    [Fact]
    public void Drift_alone_even_a_steady_climb_within_each_visit_is_Same_or_Unsure_never_Slower()
    {
        // The host slows by 1% with every invocation: ABBA puts the head second in half the pairs and first in the others.
        var verdicts = Cases(shift: 0, count: 300, ramp: 0.01);

        Assert.All(verdicts, v => Assert.Contains(v, new[] { PairedVerdict.Same, PairedVerdict.Unsure }));
    }

    [Fact]
    public void A_case_stops_early_once_its_interval_decides_and_at_the_cap_otherwise()
    {
        var quiet = Enumerable.Repeat(new[] { 0.001, -0.001 }, 40).SelectMany(x => x).ToList();
        var noisy = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? 0.2 : -0.2 + i * 1e-4).ToList();

        Assert.False(Defaults.IsFinished(quiet.Take(Defaults.MinPairs - 1).ToArray())); // never before the minimum
        Assert.True(Defaults.IsFinished(quiet.Take(Defaults.MinPairs).ToArray()));      // decided: Same
        Assert.False(Defaults.IsFinished(noisy.Take(Defaults.MaxPairs - 1).ToArray())); // still undecided
        Assert.True(Defaults.IsFinished(noisy.Take(Defaults.MaxPairs).ToArray()));      // the cap
        Assert.Equal(PairedVerdict.Unsure, PairedEstimate.From(noisy.Take(Defaults.MaxPairs).ToArray(), Defaults.Level).Verdict(Defaults.Threshold));
    }

    [Theory]
    [InlineData(1.10, 1.05, 1.20, PairedVerdict.Slower)]
    [InlineData(0.90, 0.85, 0.95, PairedVerdict.Faster)]
    [InlineData(1.00, 0.99, 1.01, PairedVerdict.Same)]
    [InlineData(1.02, 1.01, 1.03, PairedVerdict.Unsure)]
    [InlineData(0.98, 0.97, 0.99, PairedVerdict.Unsure)]
    public void The_verdict_is_where_the_whole_interval_lies_against_the_threshold(double ratio, double lower, double upper, PairedVerdict expected) =>
        Assert.Equal(expected, new PairedEstimate(20, ratio, lower, upper, 0.01).Verdict(0.015));
}

using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.RunReporting.Page;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Interleaving;

/// <summary>The findings' sentence on the strategy closest to the limit, from interleaved visits on a host that drifts.</summary>
public class InterleavedFindingsTests
{
    private static string Closest(InterleavedRun run)
    {
        var environment = new RunEnvironment(2, null) { Interleaved = run };
        var cases = run.Cases.Select(c => new CaseResult("family", c.Strategy, c.IsBaseline, c.Workers, 2, Timing.Exactly(c.Nanoseconds[0]), Workload.Crunch.Instance)
        {
            Interleaved = run.EstimateOf(c.Id),
        }).ToArray();
        return Findings.Closest(cases, environment)!;
    }

    [Fact]
    public void Strategies_of_equal_speed_come_out_indistinguishable_and_no_winner_is_named()
    {
        var sentence = Closest(InterleavedSeries.Synthetic(new Random(7), InterleavedSettings.DefaultVisits, [1, 1, 1, 1, 1]));

        Assert.Contains("cannot be told apart on this machine", sentence);
        Assert.DoesNotContain("comes closest", sentence);
        foreach (var strategy in new[] { "S0", "S1", "S2", "S3", "S4" })
            Assert.Contains(strategy, sentence);
    }

    [Fact]
    public void A_strategy_slower_than_the_others_is_ranked_below_them()
    {
        var run = InterleavedSeries.Synthetic(new Random(3), 16, [1, 1, 1.25]);
        var sentence = Closest(run);
        var ranking = InterleavedSeries.Ranking(run);

        Assert.Equal("S2", Assert.Single(ranking.Behind).Strategy.Strategy);
        Assert.Matches(@"S[01] was faster than S2 \(by 1\.[0-9]{2}×, [0-9.]+–[0-9.]+, visit by visit\)", sentence);
    }

    [Fact]
    public void A_winner_is_named_only_when_its_interval_is_apart_from_every_other()
    {
        var run = InterleavedSeries.Synthetic(new Random(5), 16, [1, 1.6, 1.7]);
        var ranking = InterleavedSeries.Ranking(run);
        var winner = ranking.Winner!;

        Assert.Equal("S0", winner.Strategy);
        Assert.All(ranking.Behind, b => Assert.True(b.Strategy.Speedup.Upper < winner.Speedup.Lower));
        Assert.StartsWith("At 2 workers, S0 comes closest to the physical limit", Closest(run));
    }
}

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

    [Fact]
    public void Strategies_measured_one_after_another_are_ranked_by_their_intervals_alone_and_say_so()
    {
        // As sleeping is: BDN's cases only, each speed-up's interval from its own values.
        var ranking = StrategyRanking.Of([
            new RankedStrategy("Async", new RatioInterval(10, 15.9, 15.8, 16.0)),
            new RankedStrategy("ThreadPool", new RatioInterval(10, 2.6, 2.5, 2.7)),
        ]);

        var behind = Assert.Single(ranking.Behind);
        Assert.False(behind.AgainstFastest.HasInterval); // no visit-by-visit ratio to give one
        Assert.Equal(15.9 / 2.6, behind.AgainstFastest.Ratio, 6);
        Assert.Equal("Async", ranking.Winner!.Strategy);
    }

    [Fact]
    public void The_sentence_on_sequential_strategies_names_the_slower_by_their_intervals_not_visit_by_visit()
    {
        CaseResult Sleeping(string strategy, bool serial, double[] values) =>
            new("family", strategy, serial, 16, 2, Timing.Exactly(values[values.Length / 2]), new Workload.Sleep(100e6)) { Values = values };
        double[] Around(double ms) => [.. Enumerable.Range(0, 10).Select(i => ms * 1e6 * (1 + 0.001 * i))];
        var cases = new[]
        {
            Sleeping("Serial", true, Around(1600)), Sleeping("Async", false, Around(100)), Sleeping("ProcessPool", false, Around(100.05)),
            Sleeping("ThreadPool", false, Around(600)),
        };

        var sentence = Findings.Closest(cases, new RunEnvironment(2, null))!;

        Assert.Matches(@"^At 16 workers, Async \(16\.0[0-9]×, [0-9.]+–[0-9.]+\) and ProcessPool \(1[56]\.[0-9]{2}×, [0-9.]+–[0-9.]+\) cannot be told apart", sentence);
        Assert.Matches(@"; Async was faster than ThreadPool \(by 6\.0[0-9]×, its speed-up's interval below\)\.$", sentence);
        Assert.DoesNotContain("NaN", sentence);
        Assert.DoesNotContain("visit by visit", sentence);
    }
}

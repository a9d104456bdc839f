using System.Globalization;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using Xunit.Abstractions;

namespace ConcurrencyBenchmarks.Tests.Interleaving;

/// <summary>
/// The interleaved visits' settings checked by simulation on hosts shaped like this project's (InterleavedSeries):
/// strategies of equal speed are not ranked apart, and one 10% slower is ranked below. docs/methodology.md gives these
/// tests' output.
/// </summary>
public class InterleavedSimulationTests(ITestOutputHelper log)
{
    private const int Trials = 2000;
    private static readonly double[] Equal = [1, 1, 1, 1, 1];
    private static readonly double[] OneSlower = [1, 1, 1, 1, 1.1];

    [Fact]
    public void At_the_default_settings_equal_strategies_are_seldom_ranked_and_never_given_a_winner()
    {
        var (winner, anyBehind, _) = Synthetic(InterleavedSettings.DefaultVisits, InterleavedSettings.DefaultLevel, Equal);
        var (apart, _) = Recorded(InterleavedSettings.DefaultVisits, InterleavedSettings.DefaultLevel);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"winner {winner:0.0%}, any ranked below {anyBehind:0.0%}, recorded A/A apart {apart:0.0%}"));

        Assert.True(winner <= 0.005, $"a winner named among 5 equal strategies in {winner:P1}");
        Assert.True(anyBehind <= 0.06, $"one of 5 equal strategies ranked below in {anyBehind:P1}");
        Assert.True(apart <= 0.03, $"the same code measured twice ranked apart in {apart:P1} of resampled real visits");
    }

    [Fact]
    public void At_the_default_settings_a_slower_strategy_is_ranked_below_and_more_visits_find_it_more_often()
    {
        var ten = Synthetic(InterleavedSettings.DefaultVisits, InterleavedSettings.DefaultLevel, OneSlower).SlowBehind;
        var twenty = Synthetic(InterleavedSettings.DefaultVisits, InterleavedSettings.DefaultLevel, [1, 1, 1, 1, 1.2]).SlowBehind;
        var tenWithSixteen = Synthetic(16, InterleavedSettings.DefaultLevel, OneSlower).SlowBehind;
        var (_, recorded) = Recorded(InterleavedSettings.DefaultVisits, InterleavedSettings.DefaultLevel);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"10% slower ranked below: {ten:0.0%} ({tenWithSixteen:0.0%} with 16 visits; recorded {recorded:0.0%}); 20%: {twenty:0.0%}"));

        Assert.True(ten >= 0.35, $"10% slower ranked below in only {ten:P1}");
        Assert.True(recorded >= 0.35, $"10% slower ranked below in only {recorded:P1} of resampled real visits");
        Assert.True(twenty >= 0.9, $"20% slower ranked below in only {twenty:P1}");
        Assert.True(tenWithSixteen > ten + 0.2, $"16 visits found 10% in {tenWithSixteen:P1}, 8 in {ten:P1}");
    }

    /// <summary>
    /// The reason for the visits: the same host measured case after case, as BDN's sequential run measures it, spreads
    /// five strategies of equal speed by the stretches each ran in; interleaved, their speed-ups agree.
    /// </summary>
    [Fact]
    public void Equal_strategies_measured_one_after_another_differ_by_the_host_and_interleaved_they_agree()
    {
        var random = new Random(1);
        double Spread(IReadOnlyList<double> speedups) => speedups.Max() / speedups.Min() - 1;
        var sequential = Enumerable.Range(0, Trials).Select(_ => Spread(InterleavedSeries.SequentialSpeedups(random, 10, Equal))).ToArray();
        var interleaved = Enumerable.Range(0, Trials).Select(_ => InterleavedSeries.Synthetic(random, InterleavedSettings.DefaultVisits, Equal))
            .Select(run => Spread([.. run.Cases.Where(c => !c.IsBaseline).Select(c => run.EstimateOf(c.Id)!.Speedup!.Ratio)])).ToArray();
        double Within10(double[] spreads) => spreads.Count(s => s <= 0.10) / (double)spreads.Length;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"five equal strategies within 10% of each other: sequential {Within10(sequential):0.0%}, interleaved {Within10(interleaved):0.0%}; "
            + $"median spread {RunReporting.Median.Of(sequential):0.0%} against {RunReporting.Median.Of(interleaved):0.0%}"));

        Assert.True(Within10(interleaved) >= 0.75, $"interleaved: within 10% in only {Within10(interleaved):P1}");
        Assert.True(Within10(sequential) <= 0.25, $"sequential: within 10% in {Within10(sequential):P1}");
    }

    /// <summary>The table docs/methodology.md gives: how the visits and the level trade errors against power.</summary>
    [Fact]
    public void Settings_table()
    {
        log.WriteLine("| visits | level | ranked by | equal: a winner named | equal: any ranked below | 10% slower ranked below | recorded A/A apart | recorded 10% below |");
        foreach (var visitByVisit in new[] { false, true })
            foreach (var visits in new[] { 6, 8, 12, 16 })
                foreach (var level in new[] { 0.90, 0.95, 0.99 })
                {
                    var equal = Synthetic(visits, level, Equal, visitByVisit);
                    var slower = Synthetic(visits, level, OneSlower, visitByVisit);
                    var (apart, below) = Recorded(visits, level, visitByVisit);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {visits} | {level:0.00} | {(visitByVisit ? "visit by visit" : "intervals apart")} | {equal.Winner:0.0%} | {equal.AnyBehind:0.0%} | {slower.SlowBehind:0.0%} | {apart:0.0%} | {below:0.0%} |"));
                }
    }

    private static (double Winner, double AnyBehind, double SlowBehind) Synthetic(int visits, double level, double[] slowdowns, bool visitByVisit = true, int seed = 1)
    {
        var random = new Random(seed);
        int winner = 0, anyBehind = 0, slowBehind = 0;
        for (var t = 0; t < Trials; t++)
        {
            var ranking = InterleavedSeries.Ranking(InterleavedSeries.Synthetic(random, visits, slowdowns, level: level), visitByVisit);
            winner += ranking.Winner is not null ? 1 : 0;
            anyBehind += ranking.Behind.Count > 0 ? 1 : 0;
            slowBehind += ranking.Behind.Any(s => s.Strategy.Strategy == $"S{slowdowns.Length - 1}") ? 1 : 0;
        }
        return (winner / (double)Trials, anyBehind / (double)Trials, slowBehind / (double)Trials);
    }

    /// <summary>Over the recorded multi-threaded groups (2 and 4 workers): the share of A/A runs ranked apart, and of 10% slowdowns ranked below.</summary>
    private static (double Apart, double Below) Recorded(int visits, double level, bool visitByVisit = true, int seed = 1)
    {
        var random = new Random(seed);
        int apart = 0, below = 0, runs = 0;
        foreach (var workers in new[] { 2, 4 })
        {
            var group = InterleavedSeries.Recorded(workers);
            foreach (var strategy in group.Strategies.Where(s => s != "Serial"))
                for (var t = 0; t < Trials / 10; t++)
                {
                    runs++;
                    apart += InterleavedSeries.Ranking(InterleavedSeries.Resampled(group, strategy, random, visits, level: level), visitByVisit).Behind.Count > 0 ? 1 : 0;
                    below += InterleavedSeries.Ranking(InterleavedSeries.Resampled(group, strategy, random, visits, 1.1, level), visitByVisit)
                        .Behind.Any(s => s.Strategy.Strategy == "B") ? 1 : 0;
                }
        }
        return (apart / (double)runs, below / (double)runs);
    }
}

using ConcurrencyBenchmarks.RunReporting.Interleaving;

namespace ConcurrencyBenchmarks.RunReporting.Page;

/// <summary>
/// A strategy's speed-up at one worker count with its interval, and, where it was interleaved, its time in each visit
/// (index = visit), by which two strategies measured in the same visits are compared visit by visit.
/// </summary>
public sealed record RankedStrategy(string Strategy, RatioInterval Speedup, IReadOnlyList<double>? Visits = null);

/// <summary>
/// A strategy ranked below the fastest: its time over the fastest's, visit by visit, with the interval of that ratio;
/// for strategies not measured in the same visits, the ratio of their speed-ups, with no interval.
/// </summary>
public sealed record SlowerStrategy(RankedStrategy Strategy, RatioInterval AgainstFastest);

/// <summary>
/// Strategies at one worker count ranked by speed-up only as far as the measurements separate them. The fastest leads;
/// a strategy is behind it where their speed-up intervals lie apart, or, for strategies measured in the same visits,
/// where the interval of its time over the fastest's, visit by visit, lies above 1 (the host's drift between visits
/// cancels in that ratio); those intervals share the level's error among the comparisons made (Bonferroni: with 5
/// strategies, 4 comparisons at 98.75% each for 95% in all), so that strategies of equal speed are seldom ranked at
/// all (docs/methodology.md gives the simulated rates). A winner is named only when it leads alone and its speed-up interval is apart from every
/// other's, so no winner's interval ever overlaps another strategy's.
/// </summary>
public sealed record StrategyRanking(IReadOnlyList<RankedStrategy> Leaders, IReadOnlyList<SlowerStrategy> Behind)
{
    /// <summary>The one strategy apart from every other, when there is one (or when it is the only one measured).</summary>
    public RankedStrategy? Winner =>
        Leaders is [var only] && Behind.All(b => b.Strategy.Speedup.IsApartFrom(only.Speedup)) ? only : null;

    /// <summary>Whether there were intervals to rank by: every strategy's sample was large enough.</summary>
    public bool HasIntervals => Leaders.Concat(Behind.Select(b => b.Strategy)).All(s => s.Speedup.HasInterval);

    public static StrategyRanking Of(IEnumerable<RankedStrategy> strategies, double level = InterleavedSettings.DefaultLevel)
    {
        var ordered = strategies.OrderByDescending(s => s.Speedup.Ratio).ToArray();
        if (ordered.Length == 0)
            return new StrategyRanking([], []);
        var best = ordered[0];
        var comparisons = Math.Max(1, ordered.Length - 1);
        var each = 1 - (1 - level) / comparisons;
        var leaders = new List<RankedStrategy> { best };
        var behind = new List<SlowerStrategy>();
        foreach (var other in ordered.Skip(1))
        {
            // Not interleaved together: the ratio of their speed-ups, without an interval of its own.
            var against = AgainstVisits(other, best, each) ?? new RatioInterval(0, best.Speedup.Ratio / other.Speedup.Ratio, double.NaN, double.NaN);
            if (other.Speedup.IsApartFrom(best.Speedup) || against is { HasInterval: true, Lower: > 1 })
                behind.Add(new SlowerStrategy(other, against));
            else
                leaders.Add(other);
        }
        return new StrategyRanking(leaders, behind);
    }

    /// <summary>The slower strategy's time over the faster's in each visit both were measured in; null when they were not interleaved together.</summary>
    private static RatioInterval? AgainstVisits(RankedStrategy slower, RankedStrategy faster, double level) =>
        slower.Visits is { Count: > 0 } mine && faster.Visits is { } theirs && mine.Count == theirs.Count
            ? RatioInterval.From(mine.Zip(theirs, (m, t) => Math.Log(m / t)).ToArray(), level)
            : null;
}

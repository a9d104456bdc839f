using ConcurrencyBenchmarks.RunReporting.Interleaving;

namespace ConcurrencyBenchmarks.RunReporting.Page;

/// <summary>A strategy's speed-up at one worker count, with its interval.</summary>
public sealed record RankedStrategy(string Strategy, RatioInterval Speedup);

/// <summary>
/// Strategies at one worker count ranked by speed-up only as far as their intervals separate: the leaders are the
/// fastest and every strategy whose interval overlaps its interval, the others are behind (their intervals lie below
/// the fastest's). A winner is named only when it leads alone: no other interval overlaps its own.
/// </summary>
public sealed record StrategyRanking(IReadOnlyList<RankedStrategy> Leaders, IReadOnlyList<RankedStrategy> Behind)
{
    /// <summary>The one strategy apart from every other, when there is one (or when it is the only one measured).</summary>
    public RankedStrategy? Winner => Leaders is [var only] ? only : null;

    /// <summary>Whether there were intervals to rank by: every strategy's sample was large enough.</summary>
    public bool HasIntervals => Leaders.Concat(Behind).All(s => s.Speedup.HasInterval);

    public static StrategyRanking Of(IEnumerable<RankedStrategy> strategies)
    {
        var ordered = strategies.OrderByDescending(s => s.Speedup.Ratio).ToArray();
        if (ordered.Length == 0)
            return new StrategyRanking([], []);
        var best = ordered[0];
        // Without intervals nothing is apart: every strategy leads together.
        var behind = ordered.Skip(1).Where(s => s.Speedup.IsApartFrom(best.Speedup)).ToArray();
        return new StrategyRanking([.. ordered.Except(behind)], behind);
    }
}

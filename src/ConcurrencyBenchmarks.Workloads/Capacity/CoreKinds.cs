using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Capacity;

/// <summary>
/// Cores of more than one kind on one machine: a performance core counts faster than an efficiency core, yet the ideal
/// counts every processor alike, so a speed-up short of it past the performance cores may be the machine, not the
/// strategy. The capacity probe measures what they deliver together.
/// </summary>
public static class CoreKinds
{
    /// <summary>
    /// e.g. "4 logical processors on performance cores and 4 on efficiency cores: the ideal counts them alike, the
    /// capacity measures what they deliver"; null for fewer than two kinds.
    /// </summary>
    /// <param name="kinds">Each kind's name ("performance", "efficiency") and logical processors, fastest first.</param>
    public static string? Describe(IReadOnlyList<(string Kind, int LogicalProcessors)> kinds)
    {
        var present = kinds.Where(k => k.LogicalProcessors > 0).ToArray();
        if (present.Length < 2)
            return null;
        var first = present[0];
        var rest = present.Skip(1).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.LogicalProcessors} on {k.Kind} cores"));
        return string.Create(CultureInfo.InvariantCulture,
                   $"{first.LogicalProcessors} logical processor{(first.LogicalProcessors == 1 ? "" : "s")} on {first.Kind} cores and {string.Join(" and ", rest)}")
               + ": the ideal counts them alike, the capacity measures what they deliver";
    }

    /// <summary>
    /// Kinds ranked by a number the OS gives each core (Windows' efficiency class, Linux's cpu_capacity), higher
    /// faster: the fastest named performance, the slowest efficiency, any between by <paramref name="measure"/> and
    /// its number ("capacity 512"); null for fewer than two.
    /// </summary>
    public static string? DescribeRanked(IReadOnlyList<(int Rank, int LogicalProcessors)> kinds, string measure)
    {
        var ranked = kinds.OrderByDescending(k => k.Rank).ToArray();
        return Describe(ranked.Select((kind, i) => (
            i == 0 ? "performance" : i == ranked.Length - 1 ? "efficiency" : string.Create(CultureInfo.InvariantCulture, $"{measure} {kind.Rank}"),
            kind.LogicalProcessors)).ToArray());
    }
}

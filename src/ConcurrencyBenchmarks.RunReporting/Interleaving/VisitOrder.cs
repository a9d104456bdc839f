namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// The order of an interleaved measurement, shared by the suite's visits and <c>ab</c>'s pairs: the groups in a new
/// random order every pass, and a group's slots in a new random order every visit, so no strategy always runs first
/// or always after the same neighbour. Seeded: the same seed gives the same order again.
/// </summary>
public sealed class VisitOrder(int seed)
{
    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    public T[] Shuffled<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        _random.Shuffle(array);
        return array;
    }
}

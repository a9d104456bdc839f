namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>
/// A way to run N workers side by side. Each kind of worker has its interface: <see cref="IActionStrategy"/> (a
/// blocking worker in this process), <see cref="ITaskStrategy"/> (an asynchronous one) and, in the hosting project,
/// IProcessStrategy (a worker process). Every strategy is a sealed class with a static <c>Instance</c>; the catalog
/// finds them all, so a new strategy is one new file, plus its benchmark method.
/// </summary>
public interface IStrategy
{
    /// <summary>The strategy's name, which is also its benchmark method's name: a benchmark ID, never renamed.</summary>
    string Name { get; }

    /// <summary>
    /// Its place in lists, tables and chart colours: the order in which strategies joined the suite, so a new one
    /// takes the next number and every existing one keeps its place and colour.
    /// </summary>
    int Order { get; }

    /// <summary>What the seed tutorial runs for the same thing (the tour compares them), or null when it has none.</summary>
    string? SeedCounterpart { get; }

    /// <summary>Whether its workers run on the shared thread pool, whose threads the reports then count (Pool threads).</summary>
    bool RunsOnThreadPool => false;
}

using Xunit.Abstractions;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>
/// Runs the collections one after another (parallelization is off) in a fixed order, with the whole-machine
/// collection last: its builds and measurements load both cores for minutes, and no test that reads the machine's
/// load (the interference diagnoser's, the capacity probe's) may run beside or after them.
/// </summary>
public sealed class WholeMachineLast : ITestCollectionOrderer
{
    public const string WholeMachine = nameof(WholeMachine);

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.EndsWith(WholeMachine, StringComparison.Ordinal))
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}

using System.Reflection;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// Every strategy of the suite, in <see cref="IStrategy.Order"/>: the one list the benchmarks, the tour, the charts
/// and the tests take theirs from. Found by reflection in the two assemblies that define strategies, so adding a
/// strategy is adding its class (and its benchmark method), and no list to keep in step.
/// </summary>
public static class StrategyCatalog
{
    public static IReadOnlyList<IStrategy> All { get; } = Discover();

    /// <summary>The strategy of that name (a benchmark method's name), or null.</summary>
    public static IStrategy? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    private static IStrategy[] Discover() =>
        new[] { typeof(IStrategy).Assembly, typeof(StrategyCatalog).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IStrategy).IsAssignableFrom(type))
            .Select(type => type.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IStrategy
                            ?? throw new InvalidOperationException($"{type.Name} is a strategy without a public static Instance"))
            .OrderBy(strategy => strategy.Order)
            .ToArray();
}

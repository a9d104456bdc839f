using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>Drops every benchmark of one category (the suite's self-tests, unless a run asks for them).</summary>
public sealed class ExcludeCategoryFilter(string category) : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase) =>
        !benchmarkCase.Descriptor.Categories.Contains(category, StringComparer.OrdinalIgnoreCase);
}

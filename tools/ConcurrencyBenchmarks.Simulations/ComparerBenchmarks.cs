using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Simulations;

namespace ConcurrencyBenchmarks.Comparer;

/// <summary>
/// How fast <c>compare</c> is: two result sets of 1,000 benchmarks with 20 values each. Its ID keeps the namespace it
/// had when it lived in the suite.
/// </summary>
public class ComparerBenchmarks
{
    private ResultSet _base = null!, _diff = null!;

    [GlobalSetup]
    public void Setup()
    {
        _base = ResultSet.FromValues(SyntheticResults.Generate(1000, 20, seed: 1));
        _diff = ResultSet.FromValues(SyntheticResults.Generate(1000, 20, seed: 2, shift: b => b % 10 == 0 ? 1.25 : 1));
    }

    [Benchmark]
    public ComparisonReport Compare() => ResultComparer.Compare(_base, _diff, ComparisonOptions.Default);
}

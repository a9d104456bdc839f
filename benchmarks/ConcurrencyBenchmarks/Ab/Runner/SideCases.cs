using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.Ab.Runner;

/// <summary>
/// A side's benchmark classes expanded into cases by BenchmarkDotNet itself, with its filter, so every case has
/// the ID (full name with parameters) it has in a BDN run of that build.
/// </summary>
public static class SideCases
{
    public static IReadOnlyList<(PairedCase Case, BenchmarkCase Benchmark)> Expand(Assembly benchmarks, IReadOnlyList<string> filters)
    {
        var config = ManualConfig.CreateEmpty().AddJob(Job.Dry).AddFilter(new GlobFilter([.. filters]));
        return BenchmarkCases.In(benchmarks, config).Select((benchmark, index) => (Describe(index, benchmark), benchmark)).ToArray();
    }

    private static PairedCase Describe(int index, BenchmarkCase benchmark) =>
        new(index, FullNameProvider.GetBenchmarkName(benchmark), benchmark.Descriptor.Type.Namespace ?? "", benchmark.Descriptor.Type.Name,
            benchmark.Descriptor.WorkloadMethod.Name, benchmark.Parameters.PrintInfo, benchmark.Descriptor.Baseline);
}

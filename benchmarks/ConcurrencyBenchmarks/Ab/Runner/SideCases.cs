using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

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
        var cases = benchmarks.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && !t.ContainsGenericParameters)
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t, config).BenchmarksCases);
        return cases.Select((benchmark, index) => (Describe(index, benchmark), benchmark)).ToArray();
    }

    private static PairedCase Describe(int index, BenchmarkCase benchmark) =>
        new(index, FullNameProvider.GetBenchmarkName(benchmark), benchmark.Descriptor.Type.Namespace ?? "", benchmark.Descriptor.Type.Name,
            benchmark.Descriptor.WorkloadMethod.Name, benchmark.Parameters.PrintInfo, benchmark.Descriptor.Baseline);
}

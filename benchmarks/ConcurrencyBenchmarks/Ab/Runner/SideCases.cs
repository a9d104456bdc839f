using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Scaling;
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
            benchmark.Descriptor.WorkloadMethod.Name, benchmark.Parameters.PrintInfo, benchmark.Descriptor.Baseline, WorkersParameter(benchmark.Descriptor.Type));

    /// <summary>
    /// The worker parameter the class's scaling contract names, read by name: the side's classes carry the side's own
    /// <see cref="ScalingAttribute"/> type, loaded in its own context. Empty when the class takes no part in scaling.
    /// </summary>
    private static string WorkersParameter(Type type)
    {
        var contract = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == nameof(ScalingAttribute));
        return contract is null ? ""
            : contract.NamedArguments.FirstOrDefault(a => a.MemberName == nameof(ScalingAttribute.WorkersParameter)).TypedValue.Value as string
              ?? ScalingAttribute.DefaultWorkersParameter;
    }
}

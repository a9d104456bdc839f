using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Exporters;

/// <summary>
/// BDN's full JSON report (<c>*-report-full.json</c>, every raw measurement) with the run's environment added: the
/// processors the ideal was computed for, their layout (cores, SMT, NUMA), the machine's delivered capacity when it was
/// measured, the kernel, and the
/// build measured (its file and commit); and each case's
/// worker parameter and whether it is the baseline, as its class's scaling contract says, and its ideal and efficiency
/// as the columns showed them (by full name), which the JSON alone cannot give; compare and the history read a
/// case's place in scaling from this record. Speed-ups are not repeated: they follow from the medians.
/// </summary>
public sealed class FullJsonExporter(RunEnvironment environment) : JsonExporter("-full", indentJson: true, excludeMeasurements: false)
{
    public const string EnvironmentKey = "RunEnvironment";
    public const string ScalingKey = "Scaling";
    public const string KernelKey = "Kernel";
    public const string TopologyKey = "Topology";
    public const string BuildKey = "Build";

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(Summary summary)
    {
        var data = new Dictionary<string, object>(base.GetDataToSerialize(summary))
        {
            [EnvironmentKey] = new Dictionary<string, object?>
            {
                ["Processors"] = environment.Processors,
                ["Capacity"] = environment.Capacity is not { } capacity ? null : capacity.Steps.Select(step => new Dictionary<string, object>
                {
                    ["Threads"] = step.Threads,
                    ["TotalSpeedup"] = step.TotalSpeedup,
                    ["SlowestShare"] = step.SlowestShare,
                    ["EqualShareSpeedup"] = step.EqualShareSpeedup,
                }).ToArray(),
                ["CapacityInterference"] = environment.Capacity?.Interference,
                [TopologyKey] = environment.Topology is not { } topology ? null : new Dictionary<string, object?>
                {
                    ["LogicalProcessors"] = topology.LogicalProcessors,
                    ["PhysicalCores"] = topology.PhysicalCores,
                    ["ThreadsPerCore"] = topology.ThreadsPerCore,
                    ["Sockets"] = topology.Sockets,
                    ["NumaNodes"] = topology.NumaNodes,
                    ["Description"] = topology.Describe(),
                    ["SharedCores"] = environment.Capacity?.DescribeSharedCores(topology), // with SMT: one thread per core against two
                },
                ["Summary"] = environment.Describe(),
                [KernelKey] = KernelVersion.Current,
                [BuildKey] = summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type.Assembly is { } assembly
                    ? new Dictionary<string, object?> { ["Assembly"] = assembly.Location, ["Commit"] = BuildInfo.CommitOf(assembly) }
                    : null,
            },
            [ScalingKey] = Scaling(summary),
        };
        return data;
    }

    // Values typed object, as the environment's: BDN's serializer writes other dictionaries as lists of key-value pairs.
    private Dictionary<string, object> Scaling(Summary summary)
    {
        var cases = SummaryCases.Of(summary, environment);
        var all = cases.Values;
        return cases.ToDictionary(c => FullNameProvider.GetBenchmarkName(c.Key), object (c) => new Dictionary<string, object?>
        {
            // The contract as the class declared it: what compare and the history read the case's place in scaling by.
            ["WorkersParameter"] = SummaryCases.Contract(c.Key)?.WorkersParameter,
            ["Baseline"] = c.Value.IsSerial,
            ["Workers"] = c.Value.Workers,
            ["IdealNanoseconds"] = ScalingMath.IdealNanoseconds(c.Value, all),
            ["Efficiency"] = ScalingMath.Efficiency(c.Value, all),
        });
    }
}

using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Exporters;

/// <summary>
/// BDN's full JSON report (<c>*-report-full.json</c>, every raw measurement) with the run's environment added: the
/// processors the ideal was computed for, their layout (cores, SMT, NUMA), the machine's delivered capacity when it was
/// measured, the kernel, and the
/// build measured (its file and commit); and each case's
/// worker parameter and whether it is the baseline, as its class's scaling contract says, and its ideal and efficiency
/// as the columns showed them (by full name), which the JSON alone cannot give; compare and the history read a
/// case's place in scaling from this record. Its speed-up and share of capacity are written as the columns showed
/// them, with where they came from; the interleaved visits' raw values are kept under <c>Interleaved</c>.
/// </summary>
public sealed class FullJsonExporter(RunEnvironment environment) : JsonExporter("-full", indentJson: true, excludeMeasurements: false)
{
    public const string EnvironmentKey = "RunEnvironment";
    public const string ScalingKey = "Scaling";
    public const string KernelKey = "Kernel";
    public const string TopologyKey = "Topology";
    public const string BuildKey = "Build";
    public const string InterleavedKey = "Interleaved";

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
                ["SleepTimers"] = environment.SleepTimers.Select(timer => new Dictionary<string, object>
                {
                    ["AskedNanoseconds"] = timer.AskedNanoseconds,
                    ["MedianNanoseconds"] = timer.MedianNanoseconds,
                    ["Rounds"] = timer.Rounds,
                }).ToArray(),
                [TopologyKey] = environment.Topology is not { } topology ? null : new Dictionary<string, object?>
                {
                    ["LogicalProcessors"] = topology.LogicalProcessors,
                    ["PhysicalCores"] = topology.PhysicalCores,
                    ["ThreadsPerCore"] = topology.ThreadsPerCore,
                    ["Sockets"] = topology.Sockets,
                    ["NumaNodes"] = topology.NumaNodes,
                    ["CoreKinds"] = topology.CoreKinds, // performance and efficiency cores, where the machine has both
                    ["Description"] = topology.Describe(),
                    ["SharedCores"] = environment.Capacity?.DescribeSharedCores(topology), // with SMT: one thread per core against two
                },
                ["Summary"] = environment.Describe(),
                [KernelKey] = OsReaders.Current.Kernel,
                [BuildKey] = summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type.Assembly is { } assembly
                    ? new Dictionary<string, object?> { ["Assembly"] = assembly.Location, ["Commit"] = BuildInfo.CommitOf(assembly) }
                    : null,
            },
            [ScalingKey] = Scaling(summary),
        };
        if (Interleaved(summary) is { } interleaved)
            data[InterleavedKey] = interleaved;
        return data;
    }

    /// <summary>The interleaved visits of this summary's cases, every raw value kept: each case's time per visit, each reference's bound per visit.</summary>
    private Dictionary<string, object>? Interleaved(Summary summary)
    {
        if (environment.Interleaved is not { } run)
            return null;
        var names = summary.BenchmarksCases.Select(FullNameProvider.GetBenchmarkName).ToHashSet(StringComparer.Ordinal);
        var cases = run.Cases.Where(c => names.Contains(c.Id)).ToArray();
        if (cases.Length == 0)
            return null;
        var groups = cases.Select(c => c.Group).ToHashSet(StringComparer.Ordinal);
        return new Dictionary<string, object>
        {
            ["Visits"] = run.Visits,
            ["Seed"] = run.Seed,
            ["Level"] = run.Level,
            ["Seconds"] = run.Elapsed.TotalSeconds,
            ["Cases"] = cases.Select(c => new Dictionary<string, object>
            {
                ["FullName"] = c.Id, ["Group"] = c.Group, ["Strategy"] = c.Strategy, ["Workers"] = c.Workers, ["Baseline"] = c.IsBaseline,
                ["Nanoseconds"] = c.Nanoseconds,
            }).ToArray(),
            ["References"] = run.References.Where(r => groups.Contains(r.Group)).Select(r => new Dictionary<string, object>
            {
                ["Group"] = r.Group, ["Workers"] = r.Workers, ["Bounds"] = r.Bounds,
            }).ToArray(),
        };
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
            // The ideal's inputs beside it: one worker's CPU share, and whether Serial's busy cores gave it or the workload declared it.
            ["CpuShare"] = ScalingMath.CpuShare(c.Value, all),
            ["CpuShareFrom"] = ScalingMath.CpuShareMeasured(c.Value, all) ? "measured" : "declared",
            ["LongPhasesNanoseconds"] = ScalingMath.LongPhasesNanoseconds(c.Value, all),
            ["Efficiency"] = ScalingMath.Efficiency(c.Value, all),
            // The comparisons as the columns showed them, and where they came from: the interleaved visits or BDN's cases.
            ["ComparedFrom"] = ScalingMath.IsInterleaved(c.Value) ? "interleaved" : "sequential",
            ["Speedup"] = c.Value.IsSerial ? null : ScalingMath.Speedup(c.Value, all),
            ["SpeedupLower"] = ScalingMath.SpeedupInterval(c.Value, all) is { HasInterval: true } interval ? interval.Lower : null,
            ["SpeedupUpper"] = ScalingMath.SpeedupInterval(c.Value, all) is { HasInterval: true } upper ? upper.Upper : null,
            ["OfCapacity"] = c.Value.Workload is Workload.Crunch && !c.Value.IsSerial ? ScalingMath.OfCapacity(c.Value, all, environment.Capacity) : null,
        });
    }
}

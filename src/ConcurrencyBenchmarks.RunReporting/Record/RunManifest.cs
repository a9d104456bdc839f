using System.Text.Json;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Record;

/// <summary>
/// The run's own record, written beside BDN's reports when the run ends: what the reports cannot say because it is
/// known only then (the capacity after the benchmarks and whether it held) or is the run's rather than a class's (the
/// sizes, the arguments, the commit, which reports this run wrote). The offline tools read a folder's reports as the
/// run this file names; reports it does not name are another run's.
/// </summary>
public sealed record RunManifest(
    string Suite,
    string? Commit,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    IReadOnlyList<string> Arguments,
    RunMachine Machine,
    int Processors,
    RunSizes Sizes,
    IReadOnlyList<CapacityPoint>? CapacityBefore,
    IReadOnlyList<CapacityPoint>? CapacityAfter,
    bool? CapacityHeld,
    IReadOnlyList<string> Reports,
    int Cases,
    int FailedCases,
    RunInterleaving? Interleaved = null)
{
    public const string FileName = "run-manifest.json";

    /// <summary>How the manifest is written and read: a field it declares non-null must be there.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <summary>The capacity as the manifest keeps it, from what the probe measured.</summary>
    public static IReadOnlyList<CapacityPoint>? PointsOf(MachineCapacity? capacity) =>
        capacity?.Steps.Select(s => new CapacityPoint(s.Threads, s.TotalSpeedup, s.EqualShareSpeedup)).ToArray();

    /// <summary>Writes the manifest into the results folder, replacing an earlier run's; returns its path.</summary>
    public string Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        return path;
    }
}

/// <summary>
/// The run's interleaved visits, where counting's comparisons come from (null when it made none): how many visits to
/// how many groups, the order's seed, the intervals' level and how long they took. Each report keeps its raw values.
/// </summary>
public sealed record RunInterleaving(int Visits, int Groups, int Cases, int Seed, double Level, double Seconds)
{
    public static RunInterleaving? Of(InterleavedRun? run) =>
        run is null ? null
        : new RunInterleaving(run.Visits, run.Cases.Select(c => c.Group).Distinct().Count(), run.Cases.Count, run.Seed, run.Level, run.Elapsed.TotalSeconds);
}

/// <summary>The machine as BDN describes it, with the layout the suite read (null where the OS does not say).</summary>
public sealed record RunMachine(string Processor, int? LogicalCores, int? PhysicalCores, string Os, string Runtime, string? Topology);

/// <summary>The sizes every case ran at: worker counts, one OnlySleep worker's sleep, one CrunchNumbers worker's count.</summary>
public sealed record RunSizes(IReadOnlyList<int> Workers, string Sleep, long Iterations);

/// <summary>What <paramref name="Threads"/> busy threads delivered against one: in total, and with equal shares.</summary>
public sealed record CapacityPoint(int Threads, double TotalSpeedup, double EqualShareSpeedup);

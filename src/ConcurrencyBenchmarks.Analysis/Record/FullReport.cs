namespace ConcurrencyBenchmarks.Analysis.Record;

/// <summary>
/// The parts of one full JSON report (<c>*-report-full.json</c>) that the offline tools read, as System.Text.Json
/// types: BDN's own fields by their names, and the suite's record beside them (<c>RunEnvironment</c>, <c>Scaling</c>,
/// written by the run's FullJsonExporter). Every field is optional here; what a tool needs, it asks for in one line.
/// </summary>
public sealed record FullReport(
    string? Title,
    ReportedHost? HostEnvironmentInfo,
    IReadOnlyList<ReportedBenchmark>? Benchmarks,
    ReportedEnvironment? RunEnvironment,
    IReadOnlyDictionary<string, RecordedScaling>? Scaling,
    ReportedInterleaving? Interleaved = null);

/// <summary>BDN's description of the machine.</summary>
public sealed record ReportedHost(string? ProcessorName, int? LogicalCoreCount, int? PhysicalCoreCount, string? OsVersion, string? RuntimeVersion);

/// <summary>One case as BDN reports it: its IDs and, when it ran, its statistics.</summary>
public sealed record ReportedBenchmark(string? FullName, string? Type, string? Method, string? Parameters, ReportedStatistics? Statistics);

/// <summary>BDN's statistics of one case, in nanoseconds per operation; <see cref="OriginalValues"/> are the raw measurements.</summary>
public sealed record ReportedStatistics(IReadOnlyList<double>? OriginalValues, int? N, double? Min, double? Q1, double? Median, double? Q3, double? Max);

/// <summary>What the suite recorded of the run's machine and build beside BDN's data.</summary>
public sealed record ReportedEnvironment(int? Processors, string? Kernel, ReportedTopology? Topology, ReportedBuild? Build);

public sealed record ReportedTopology(string? Description);

public sealed record ReportedBuild(string? Assembly, string? Commit);

/// <summary>
/// What a run recorded of one case's scaling beside BDN's data: the class's worker parameter, whether the case is its
/// class's baseline, its worker count, efficiency, speed-up and share of capacity. Each is null in reports that predate it.
/// </summary>
public sealed record RecordedScaling(string? WorkersParameter, bool? Baseline, double? Efficiency)
{
    /// <summary>The worker count as the contract read it, when the run recorded it.</summary>
    public int? Workers { get; init; }

    /// <summary>The speed-up over Serial as the run's columns showed it, when the run recorded it.</summary>
    public double? Speedup { get; init; }

    /// <summary>"interleaved" where the speed-up came from the run's interleaved visits, "sequential" from BDN's cases.</summary>
    public string? ComparedFrom { get; init; }

    /// <summary>A counting case's speed-up over what the machine delivered to the capacity probe at its worker count, when the run recorded it.</summary>
    public double? OfCapacity { get; init; }
}

/// <summary>The run's interleaved visits as its report keeps them: each case's time in every visit.</summary>
public sealed record ReportedInterleaving(int? Visits, IReadOnlyList<ReportedInterleavedCase>? Cases);

public sealed record ReportedInterleavedCase(string? FullName, string? Group, bool? Baseline, IReadOnlyList<double>? Nanoseconds);

using ConcurrencyBenchmarks.Analysis.Record;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// The machine a result set was measured on, as BDN's full JSON records it (<c>HostEnvironmentInfo</c>): results of
/// two machines differ by the machines as much as by the code, so comparing them needs saying so. The topology
/// (cores, SMT, NUMA) is the suite's own record of the run, where the report has one.
/// </summary>
public sealed record MachineFingerprint(string Processor, int? LogicalCores, int? PhysicalCores, string Os, string Runtime)
{
    /// <summary>e.g. "16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node"; null in older reports.</summary>
    public string? Topology { get; init; }

    /// <summary>The fingerprint of a full JSON report, or null when it records no host (a generated result set).</summary>
    public static MachineFingerprint? From(FullReport report) =>
        report.HostEnvironmentInfo is not { } host ? null
        : new MachineFingerprint(host.ProcessorName ?? "?", host.LogicalCoreCount, host.PhysicalCoreCount, host.OsVersion ?? "?", host.RuntimeVersion ?? "?")
        {
            Topology = report.RunEnvironment?.Topology?.Description,
        };

    /// <summary>The first way this machine differs from another, e.g. "processor 'AMD EPYC' against 'Intel Xeon'", or null when they are one.</summary>
    public string? DifferenceFrom(MachineFingerprint other) =>
        Processor != other.Processor ? $"processor '{Processor}' against '{other.Processor}'"
        : LogicalCores != other.LogicalCores ? $"{LogicalCores} logical cores against {other.LogicalCores}"
        : PhysicalCores != other.PhysicalCores ? $"{PhysicalCores} physical cores against {other.PhysicalCores}"
        : Topology is not null && other.Topology is not null && Topology != other.Topology ? $"topology '{Topology}' against '{other.Topology}'"
        : Os != other.Os ? $"OS '{Os}' against '{other.Os}'"
        : Runtime != other.Runtime ? $"runtime '{Runtime}' against '{other.Runtime}'"
        : null;

    // One machine whether or not a report recorded its layout (older ones did not): DifferenceFrom compares layouts both recorded.
    public bool Equals(MachineFingerprint? other) =>
        other is not null && (Processor, LogicalCores, PhysicalCores, Os, Runtime) == (other.Processor, other.LogicalCores, other.PhysicalCores, other.Os, other.Runtime);

    public override int GetHashCode() => HashCode.Combine(Processor, LogicalCores, PhysicalCores, Os, Runtime);

    public override string ToString() =>
        Topology is null
            ? $"{Processor}, {LogicalCores?.ToString() ?? "?"} logical and {PhysicalCores?.ToString() ?? "?"} physical cores, {Os}, {Runtime}"
            : $"{Processor}, {Topology}, {Os}, {Runtime}";
}

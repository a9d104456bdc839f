using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.Reporting.Scaling;

/// <summary>
/// What a run knows of the machine it ran on, beyond BDN's host information: C, the processors a benchmark process may
/// use, and the delivered capacity when it was measured. BDN's benchmark processes inherit the host's affinity and
/// CPU quota, so the host's <see cref="Environment.ProcessorCount"/> is theirs too (BDN's LogicalCoreCount counts
/// /proc/cpuinfo and would ignore both).
/// </summary>
public sealed record RunEnvironment(int Processors, MachineCapacity? Capacity)
{
    /// <summary>This process's processors, capacity not measured.</summary>
    public static RunEnvironment Current => new(Environment.ProcessorCount, null);

    /// <summary>The summary line: C, and what the machine delivered when it was measured.</summary>
    public string Describe() =>
        Capacity?.Describe() ?? $"{Processors} processor{(Processors == 1 ? "" : "s")} (capacity not measured)";
}

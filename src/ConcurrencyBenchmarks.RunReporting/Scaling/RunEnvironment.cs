using System.Globalization;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>
/// What a run knows beyond BDN's own results: of the machine it ran on, C, the processors a benchmark process may
/// use, and the delivered capacity when it was measured; and the interleaved visits the comparisons come from.
/// BDN's benchmark processes inherit the host's affinity and CPU quota, so the host's <see cref="Environment.ProcessorCount"/> is theirs too (BDN's LogicalCoreCount counts
/// every processor the OS lists and would ignore both).
/// </summary>
public sealed record RunEnvironment(int Processors, MachineCapacity? Capacity)
{
    /// <summary>
    /// How far the capacity after the benchmarks may differ from the one before (either number: the total or the
    /// equal-share bound) and still count as unchanged. Back-to-back probes on a quiet 2-vCPU host read 1.9-2.2×
    /// in total, so 15% is past the probe's own spread.
    /// </summary>
    public const double CapacityTolerance = 0.15;

    /// <summary>This process's processors, capacity and layout not measured (the columns' defaults need neither).</summary>
    public static RunEnvironment Current => new(Environment.ProcessorCount, null);

    /// <summary>How the OS lays out the processors (cores, SMT, NUMA), when it says.</summary>
    public MachineTopology? Topology { get; init; }

    /// <summary>The run's interleaved visits, when it made them: where a case took part, its comparisons come from them.</summary>
    public InterleavedRun? Interleaved { get; init; }

    /// <summary>How long the run's sleeps take on this machine's timer, measured before the benchmarks, one per duration asked.</summary>
    public IReadOnlyList<SleepTimer> SleepTimers { get; init; } = [];

    /// <summary>What a sleep of <paramref name="askedNanoseconds"/> takes here: measured where the run measured it, else what was asked.</summary>
    public double SleepNanoseconds(double askedNanoseconds) =>
        SleepTimers.FirstOrDefault(t => Math.Abs(t.AskedNanoseconds - askedNanoseconds) < 1)?.MedianNanoseconds ?? askedNanoseconds;

    /// <summary>The capacity measured again after the benchmarks, when it was: the host can change under a long run.</summary>
    public MachineCapacity? CapacityAfter { get; init; }

    /// <summary>The summary line: C, and what the machine delivered when it was measured.</summary>
    public string Describe() =>
        Capacity?.Describe() ?? $"{Processors} processor{(Processors == 1 ? "" : "s")} (capacity not measured)";

    /// <summary>The layout in one line, with what SMT costs when the capacity probe saw it; null when not known.</summary>
    public string? DescribeTopology() =>
        Topology is not { } topology ? null
        : Capacity?.DescribeSharedCores(topology) is { } shared ? $"{topology.Describe()}. {shared}"
        : topology.Describe();

    /// <summary>Which figures came from the interleaved visits, how many and in what order, or null when the run made none.</summary>
    public string? DescribeInterleaving() =>
        Interleaved is not { } run ? null
        : $"Interleaved: the Speedup, Efficiency and Of capacity of work that computes come from {run.Visits} visit{(run.Visits == 1 ? "" : "s")} "
          + $"to {run.Cases.Select(c => c.Group).Distinct().Count()} groups, Serial and every strategy of a group measured one after another "
          + $"in a random order (seed {run.Seed}, {TimeText.Of(run.Elapsed.TotalMilliseconds * 1e6)}); times (Median, Min, Max) are BDN's sequential cases'"
          + (run.Visits < RatioInterval.MinimumCount ? $"; under {RatioInterval.MinimumCount} visits give no intervals" : "");

    /// <summary>
    /// A sentence on the capacity after the benchmarks against before, or null when it was not measured again.
    /// A change beyond <see cref="CapacityTolerance"/> means the host gave the run more or less as it went.
    /// </summary>
    public string? DescribeChange()
    {
        if (CapacityHeld is not { } held)
            return null;
        var (before, after) = (Capacity!.AtAllProcessors!, CapacityAfter!.AtAllProcessors!);
        var numbers = string.Create(CultureInfo.InvariantCulture,
            $"{before.TotalSpeedup:0.0}× in total and {before.EqualShareSpeedup:0.0}× for equal shares before the benchmarks, "
            + $"{after.TotalSpeedup:0.0}× and {after.EqualShareSpeedup:0.0}× after");
        return held
            ? $"The machine's capacity held during the run ({numbers})"
            : $"The machine's capacity changed during the run ({numbers}): the host gave the run more or less as it went, so CPU-bound cases "
              + "measured in between are not to be trusted; re-run on a quieter machine";
    }

    /// <summary>Whether the capacity after the benchmarks is within <see cref="CapacityTolerance"/> of before; null when not measured twice.</summary>
    public bool? CapacityHeld =>
        Capacity?.AtAllProcessors is not { } before || CapacityAfter?.AtAllProcessors is not { } after ? null
        : Math.Abs(after.TotalSpeedup / before.TotalSpeedup - 1) <= CapacityTolerance
          && Math.Abs(after.EqualShareSpeedup / before.EqualShareSpeedup - 1) <= CapacityTolerance;
}

using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// The run's environment: this process's processors and how the OS lays them out, and, when the selection counts
/// (CPU-bound cases in scaling), the machine's delivered capacity, probed before the first benchmark at the run's
/// worker counts up to C, and with SMT at one thread per physical core too.
/// </summary>
public static class MachineProbe
{
    public static RunEnvironment Measure(IReadOnlyCollection<BenchmarkCase> selected, TextWriter log)
    {
        var processors = Environment.ProcessorCount;
        var topology = Topology.Value;
        if (topology is not null)
            log.WriteLine($"// Topology: {topology.Describe()}");
        var timers = MeasureSleepTimers(selected, log);
        var counting = selected
            .Where(c => SummaryCases.Contract(c)?.Workload == WorkloadKind.Crunch)
            .Select(SummaryCases.Workers).OfType<int>().ToArray();
        if (counting.Length == 0)
            return new RunEnvironment(processors, null) { Topology = topology, SleepTimers = timers };

        if (topology is { HasSmt: true })
            counting = [.. counting, topology.PhysicalCores]; // one thread per core against two: what SMT delivers
        var capacity = MeasureQuietly(processors, counting, log);
        log.WriteLine($"// Capacity ({string.Join(", ", capacity.Steps.Select(s => s.Threads))} threads counting, {CapacityProbe.DefaultRounds} rounds): {capacity.Describe()}");
        if (topology is not null && capacity.DescribeSharedCores(topology) is { } shared)
            log.WriteLine($"// SMT: {shared}");
        return new RunEnvironment(processors, capacity) { Topology = topology, SleepTimers = timers };
    }

    /// <summary>What the OS's timer gives each sleep the selection asks for: the sleeping cases' ideal (see <see cref="SleepTimer"/>).</summary>
    private static SleepTimer[] MeasureSleepTimers(IReadOnlyCollection<BenchmarkCase> selected, TextWriter log)
    {
        var timers = selected.Select(SummaryCases.SleepDuration).OfType<TimeSpan>().Distinct().Order()
            .Select(sleep => SleepTimer.Measure(sleep)).ToArray();
        foreach (var timer in timers)
            log.WriteLine($"// Timer: {timer.Describe()}");
        return timers;
    }

    /// <summary>The machine's layout, read once: from the OS's readers, else BDN's host information (cores and sockets, no NUMA nodes).</summary>
    public static readonly Lazy<MachineTopology?> Topology = new(() => OsReaders.Current.Topology() ?? HostTopology());

    private static MachineTopology? HostTopology()
    {
        var cpu = HostEnvironmentInfo.GetCurrent().Cpu.Value;
        return cpu is { LogicalCoreCount: > 0 and var logical, PhysicalCoreCount: > 0 and var cores }
            ? new MachineTopology(logical, cores, cpu.PhysicalProcessorCount ?? 1, null)
            : null;
    }

    /// <summary>The environment with its capacity measured once more, after the benchmarks, at the same thread counts.</summary>
    public static RunEnvironment MeasureAgain(RunEnvironment environment, TextWriter log)
    {
        if (environment.Capacity is not { } before)
            return environment;
        var after = MeasureQuietly(environment.Processors, [.. before.Steps.Select(s => s.Threads)], log);
        var again = environment with { CapacityAfter = after };
        log.WriteLine($"// {again.DescribeChange()}");
        return again;
    }

    /// <summary>
    /// Probes while watching the rest of the machine, as the interference diagnoser watches a case: the probe runs
    /// right after the build, whose compiler servers may still be busy. A reading taken beside a busy neighbour is
    /// taken again, after a pause, up to <see cref="Attempts"/> times; the quietest reading is kept and says how quiet.
    /// </summary>
    private static MachineCapacity MeasureQuietly(int processors, int[] counting, TextWriter log)
    {
        MachineCapacity? quietest = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var before = InterferenceSample.Read(Environment.ProcessId, Environment.ProcessId);
            var capacity = CapacityProbe.Measure(processors, counting);
            var after = InterferenceSample.Read(Environment.ProcessId, Environment.ProcessId);
            var interference = before is not null && after is not null ? InterferenceSample.Between(before, after)?.Total : null;
            capacity = capacity with { Interference = interference, InterferenceThreshold = InterferenceLevel.Threshold };
            if (quietest?.Interference is not { } best || interference < best)
                quietest = capacity;
            if (interference is null || interference <= InterferenceLevel.Threshold)
                break;
            if (attempt < Attempts)
            {
                log.WriteLine($"// Capacity: other processes took {interference:0%} of the machine while it was measured; measuring again in {Pause.TotalSeconds:0} s");
                Thread.Sleep(Pause);
            }
        }
        return quietest!;
    }

    private const int Attempts = 3;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
}

using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Reporting.Scaling;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// The run's environment: this process's processors, and, when the selection counts (CPU-bound cases in scaling),
/// the machine's delivered capacity, probed before the first benchmark at the run's worker counts up to C.
/// </summary>
public static class MachineProbe
{
    public static RunEnvironment Measure(IReadOnlyCollection<BenchmarkCase> selected, TextWriter log)
    {
        var processors = Environment.ProcessorCount;
        var counting = selected
            .Where(c => SummaryCases.Contract(c)?.Workload == WorkloadKind.Crunch)
            .Select(SummaryCases.Workers).OfType<int>().ToArray();
        if (counting.Length == 0)
            return new RunEnvironment(processors, null);

        var capacity = CapacityProbe.Measure(processors, counting);
        log.WriteLine($"// Capacity ({string.Join(", ", capacity.Steps.Select(s => s.Threads))} threads counting, {CapacityProbe.DefaultRounds} rounds): {capacity.Describe()}");
        return new RunEnvironment(processors, capacity);
    }
}

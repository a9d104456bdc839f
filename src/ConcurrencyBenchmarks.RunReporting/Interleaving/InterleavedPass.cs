using System.Diagnostics;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// The run's interleaved visits, in this process: each group of the selection that computes (a class at one worker
/// count, with its Serial) gets one slot per case and, for counting from 2 workers, the capacity reference; every visit measures them all
/// in a random order (<see cref="InterleavedDriver"/>), each case invoked as BDN's Monitoring job invokes it
/// (<see cref="CaseInvoker"/>, as <c>ab</c>'s runner does). Every workload that computes is interleaved (counting,
/// mixed work, a user's own): its speed is the host's, which drifts between BDN's sequential cases; a sleep's is the
/// timer's (docs/methodology.md).
/// </summary>
public static class InterleavedPass
{
    /// <summary>Whether a workload's cases are compared from interleaved visits: those whose speed is the host's.</summary>
    public static bool Interleaves(WorkloadKind workload) => workload != WorkloadKind.Sleep;

    /// <returns>Null when nothing of the selection is interleaved (no group that computes with its Serial, or no visits).</returns>
    public static InterleavedRun? Measure(IReadOnlyList<BenchmarkCase> selected, int processors, InterleavedSettings settings, TextWriter log,
        Func<bool>? stopped = null)
    {
        // One slot per full name: a case selected under two jobs is one and the same invocation.
        var cases = selected
            .Where(c => SummaryCases.Contract(c) is { } contract && Interleaves(contract.Workload) && SummaryCases.Workers(c) is not null)
            .DistinctBy(FullNameProvider.GetBenchmarkName)
            .Select(c => (Benchmark: c, Described: Describe(c)))
            .GroupBy(c => c.Described.Group)
            .Where(g => g.Any(c => c.Described.IsBaseline)) // a speed-up needs its Serial beside it
            .ToArray();
        if (settings.Visits <= 0 || cases.Length == 0)
            return null;

        // The capacity reference only where Of capacity is read: beside counting, whose bound it is.
        var groups = cases.Select(g => new VisitGroup(g.Key, [.. g.Select(c => CaseSlot(c.Benchmark, c.Described.Id)),
                .. Counts(g.First().Benchmark) ? Reference(g.First().Described, processors) : []]))
            .ToArray();
        log.WriteLine($"// Interleaved: {settings.Visits} visit{(settings.Visits == 1 ? "" : "s")} to {groups.Length} group{(groups.Length == 1 ? "" : "s")} that compute ({cases.Sum(g => g.Count())} cases and, for counting "
                      + $"from 2 workers, the capacity reference), in a random order (seed {settings.Seed})");
        var clock = Stopwatch.StartNew();
        var measured = new InterleavedDriver(settings.Visits, settings.Warmup, new VisitOrder(settings.Seed), log, stopped).Run(groups);
        var visits = measured.Count == 0 ? 0 : measured.Max(m => m.Visit) + 1;
        IReadOnlyList<double> Values(string slot) => measured.Where(m => m.Slot == slot).OrderBy(m => m.Visit).Select(m => m.Value).ToArray();
        var run = new InterleavedRun(visits, settings.Seed, settings.Level, clock.Elapsed,
            [.. cases.SelectMany(g => g).Select(c => c.Described with { Nanoseconds = Values(c.Described.Id) }).Where(c => c.Nanoseconds.Count == visits)],
            [.. cases.Where(g => Counts(g.First().Benchmark)).Select(g => g.First().Described).Where(d => d.Workers >= 2)
                .Select(d => new InterleavedReference(d.Group, d.Workers, Values(ReferenceId(d.Group)))).Where(r => r.Bounds.Count == visits)]);
        return run.Cases.Count > 0 ? run : null;
    }

    private static bool Counts(BenchmarkCase benchmark) => SummaryCases.Contract(benchmark)?.Workload == WorkloadKind.Crunch;

    private static InterleavedCase Describe(BenchmarkCase benchmark) =>
        new(FullNameProvider.GetBenchmarkName(benchmark), $"{benchmark.Descriptor.Type.Name}({benchmark.Parameters.PrintInfo})",
            benchmark.Descriptor.WorkloadMethod.Name, SummaryCases.Workers(benchmark)!.Value, benchmark.Descriptor.Baseline, []);

    private static VisitSlot CaseSlot(BenchmarkCase benchmark, string id)
    {
        var invoker = new CaseInvoker(benchmark);
        return new VisitSlot(id, () =>
        {
            var (start, end) = invoker.Invoke();
            return (end - start) * (1e9 / Stopwatch.Frequency);
        }, invoker.Setup, invoker.Cleanup);
    }

    /// <summary>From 2 workers: what the machine gives that many equal counting workers, read in the same visit.</summary>
    private static IEnumerable<VisitSlot> Reference(InterleavedCase group, int processors) =>
        group.Workers < 2 ? []
            : [new VisitSlot(ReferenceId(group.Group), () => CapacityProbe.SpeedupBound(group.Workers, processors, InterleavedSettings.ReferenceStep))];

    private static string ReferenceId(string group) => $"capacity reference of {group}";
}

using ConcurrencyBenchmarks.Reporting.Comparison;

namespace ConcurrencyBenchmarks.Reporting.History;

/// <summary>A step found in one benchmark's history: <see cref="Commit"/> is the first commit after it.</summary>
public sealed record DetectedStep(MachineFingerprint Machine, BenchmarkHistory Benchmark, Step Step)
{
    public string Commit => Benchmark.Points[Step.Index].Commit;
    public string PreviousCommit => Benchmark.Points[Step.Index - 1].Commit;
}

/// <summary>One machine's benchmarks, each with its steps or why it has no verdict.</summary>
/// <param name="Commits">The commit of each slot of the machine's history (see <see cref="BenchmarkHistory.Slots"/>), oldest first.</param>
public sealed record MachineReport(MachineHistory Machine, IReadOnlyList<string> Commits, IReadOnlyList<(BenchmarkHistory Benchmark, StepVerdict Verdict)> Benchmarks)
{
    public IEnumerable<DetectedStep> Steps =>
        Benchmarks.SelectMany(b => b.Verdict.Steps.Select(s => new DetectedStep(Machine.Machine, b.Benchmark, s)));

    /// <summary>Why no benchmark of this machine has a verdict yet, when none has (too few commits), else null.</summary>
    public string? NoVerdict => Benchmarks.Count > 0 && Benchmarks.All(b => b.Verdict.NoVerdict is not null) ? Benchmarks[0].Verdict.NoVerdict : null;
}

/// <summary>What <c>history report</c> shows: per machine every benchmark's series and its steps, and the lines it could not read.</summary>
public sealed record HistoryReport(IReadOnlyList<MachineReport> Machines, IReadOnlyList<HistoryProblem> Problems)
{
    public IEnumerable<DetectedStep> Steps => Machines.SelectMany(m => m.Steps).OrderBy(s => s.Benchmark.Points[s.Step.Index].Date);

    public static HistoryReport Of(HistoryContents contents, StepSettings? settings = null) =>
        new(contents.Machines.Select(machine => new MachineReport(machine, BenchmarkHistory.Slots(machine).Select(s => s[0].Commit).ToArray(),
                BenchmarkHistory.Of(machine).OrderBy(b => b.Type, StringComparer.Ordinal).ThenBy(b => b.Scaling?.Workers ?? 0)
                    .Select(b => (b, StepDetector.Find(b.Points.Select(p => p.Median).ToArray(), settings))).ToArray()))
            .ToArray(), contents.Problems);
}

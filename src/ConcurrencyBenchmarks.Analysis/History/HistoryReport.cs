namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>A step found in one benchmark's history: <see cref="Commit"/> is the first commit after it.</summary>
/// <param name="Coincides">What else changed at the step (between its point before and after): a runtime, OS or kernel upgrade.</param>
public sealed record DetectedStep(MachineSeries Machine, BenchmarkHistory Benchmark, Step Step, IReadOnlyList<SoftwareChange> Coincides)
{
    public string Commit => Benchmark.Points[Step.Index].Commit;
    public string PreviousCommit => Benchmark.Points[Step.Index - 1].Commit;

    /// <summary>E.g. "runtime 10.0.12 → 10.0.13 at 1a2b3c4", or "" when nothing else changed there.</summary>
    public string AlsoChanged => string.Join("; ", Coincides);
}

/// <summary>One machine's benchmarks, each with its steps or why it has no verdict.</summary>
/// <param name="Commits">The commit of each slot of the machine's history (see <see cref="BenchmarkHistory.Slots"/>), oldest first.</param>
/// <param name="Changes">Runtime, OS and kernel changes between slots.</param>
/// <param name="Unmeasured">Commits that were pushed but never measured, between slots.</param>
public sealed record MachineReport(MachineHistory Machine, IReadOnlyList<string> Commits, IReadOnlyList<(BenchmarkHistory Benchmark, StepVerdict Verdict)> Benchmarks,
    IReadOnlyList<SoftwareChange> Changes, IReadOnlyList<UnmeasuredCommits> Unmeasured)
{
    public IEnumerable<DetectedStep> Steps =>
        Benchmarks.SelectMany(b => b.Verdict.Steps.Select(s => new DetectedStep(Machine.Machine, b.Benchmark, s, Coinciding(b.Benchmark, s))));

    private IReadOnlyList<SoftwareChange> Coinciding(BenchmarkHistory benchmark, Step step) =>
        Changes.Where(c => c.Slot > benchmark.Points[step.Index - 1].Slot && c.Slot <= benchmark.Points[step.Index].Slot).ToArray();

    /// <summary>Why no benchmark of this machine has a verdict yet, when none has (too few commits), else null.</summary>
    public string? NoVerdict => Benchmarks.Count > 0 && Benchmarks.All(b => b.Verdict.NoVerdict is not null) ? Benchmarks[0].Verdict.NoVerdict : null;
}

/// <summary>What <c>history report</c> shows: per machine every benchmark's series and its steps, and the lines it could not read.</summary>
public sealed record HistoryReport(IReadOnlyList<MachineReport> Machines, IReadOnlyList<HistoryProblem> Problems)
{
    public IEnumerable<DetectedStep> Steps => Machines.SelectMany(m => m.Steps).OrderBy(s => s.Benchmark.Points[s.Step.Index].Date);

    public static HistoryReport Of(HistoryContents contents, StepSettings? settings = null) =>
        new(contents.Machines.Select(machine => Of(machine, settings)).ToArray(), contents.Problems);

    private static MachineReport Of(MachineHistory machine, StepSettings? settings)
    {
        var slots = BenchmarkHistory.Slots(machine);
        var benchmarks = BenchmarkHistory.Of(machine).OrderBy(b => b.Type, StringComparer.Ordinal).ThenBy(b => b.Scaling?.Workers ?? 0)
            .Select(b => (b, StepDetector.Find(b.Points.Select(p => p.Median).ToArray(), settings))).ToArray();
        return new MachineReport(machine, slots.Select(s => s[0].Commit).ToArray(), benchmarks, SoftwareChange.In(slots), UnmeasuredCommits.In(slots));
    }
}

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>What a step moved: a benchmark's time, or its speed-up over Serial (a ratio of one run, which a slower host barely moves).</summary>
public enum StepMeasure { Time, Speedup }

/// <summary>A step found in one benchmark's history: <see cref="Commit"/> is the first commit after it.</summary>
/// <param name="Benchmark">The benchmark, with only the points of the series searched (for a speed-up, those that have one).</param>
/// <param name="Coincides">What else changed at the step (between its point before and after): a runtime, OS or kernel upgrade.</param>
public sealed record DetectedStep(MachineSeries Machine, BenchmarkHistory Benchmark, Step Step, IReadOnlyList<SoftwareChange> Coincides, StepMeasure Measure = StepMeasure.Time)
{
    public string Commit => Benchmark.Points[Step.Index].Commit;
    public string PreviousCommit => Benchmark.Points[Step.Index - 1].Commit;

    /// <summary>The first commit after the step, as a place in the machine's history: where steps of different series meet.</summary>
    public int Slot => Benchmark.Points[Step.Index].Slot;

    /// <summary>For a speed-up step, the step of its Serial's time that it only follows (see <see cref="StepEchoes"/>); else null.</summary>
    public DetectedStep? WithSerial { get; init; }

    /// <summary>For a time step, the step of the whole machine it is part of; else null.</summary>
    public MachineStep? OfMachine { get; init; }

    /// <summary>Slower, or a speed-up lost.</summary>
    public bool IsWorse => Measure == StepMeasure.Time ? Step.Ratio > 1 : Step.Ratio < 1;

    /// <summary>E.g. "runtime 10.0.12 → 10.0.13 at 1a2b3c4", or "" when nothing else changed there.</summary>
    public string AlsoChanged => string.Join("; ", Coincides);
}

/// <summary>One machine's benchmarks, each with its steps or why it has no verdict, and each speed-up series with its steps.</summary>
/// <param name="Commits">The commit of each slot of the machine's history (see <see cref="BenchmarkHistory.Slots"/>), oldest first.</param>
/// <param name="Changes">Runtime, OS and kernel changes between slots.</param>
/// <param name="Unmeasured">Commits that were pushed but never measured, between slots.</param>
public sealed record MachineReport(MachineHistory Machine, IReadOnlyList<string> Commits, IReadOnlyList<(BenchmarkHistory Benchmark, StepVerdict Verdict)> Benchmarks,
    IReadOnlyList<SoftwareChange> Changes, IReadOnlyList<UnmeasuredCommits> Unmeasured)
{
    /// <summary>Each non-baseline benchmark's speed-up series (its points that have a speed-up) and its steps.</summary>
    public IReadOnlyList<(BenchmarkHistory Benchmark, StepVerdict Verdict)> Speedups { get; init; } = [];

    /// <summary>The settings the times were searched with: a speed-up step follows Serial's only within their smallest step.</summary>
    public StepSettings Settings { get; init; } = StepSettings.Default;

    private IReadOnlyList<DetectedStep>? _steps;

    /// <summary>Every step found, each speed-up step that only follows its Serial's and each time step of the whole machine marked so.</summary>
    public IReadOnlyList<DetectedStep> Steps => _steps ??=
        StepEchoes.Mark([.. Found(Benchmarks, StepMeasure.Time), .. Found(Speedups, StepMeasure.Speedup)],
            Benchmarks.Count(b => b.Verdict.NoVerdict is null), Settings.MinimumChange);

    private IEnumerable<DetectedStep> Found(IReadOnlyList<(BenchmarkHistory Benchmark, StepVerdict Verdict)> series, StepMeasure measure) =>
        series.SelectMany(b => b.Verdict.Steps.Select(s => new DetectedStep(Machine.Machine, b.Benchmark, s, Coinciding(b.Benchmark, s), measure)));

    private IReadOnlyList<SoftwareChange> Coinciding(BenchmarkHistory benchmark, Step step) =>
        Changes.Where(c => c.Slot > benchmark.Points[step.Index - 1].Slot && c.Slot <= benchmark.Points[step.Index].Slot).ToArray();

    /// <summary>Why no benchmark of this machine has a verdict yet, when none has (too few commits), else null.</summary>
    public string? NoVerdict => Benchmarks.Count > 0 && Benchmarks.All(b => b.Verdict.NoVerdict is not null) ? Benchmarks[0].Verdict.NoVerdict : null;
}

/// <summary>What <c>history report</c> shows: per machine every benchmark's series and its steps, and the lines it could not read.</summary>
public sealed record HistoryReport(IReadOnlyList<MachineReport> Machines, IReadOnlyList<HistoryProblem> Problems)
{
    public IEnumerable<DetectedStep> Steps => Machines.SelectMany(m => m.Steps).OrderBy(s => s.Benchmark.Points[s.Step.Index].Date);

    /// <summary>The step table: each change once, a step of the whole machine as one row, speed-up steps that only follow Serial's under it.</summary>
    public IReadOnlyList<StepRow> Rows => StepRow.Of(Steps);

    /// <param name="settings">For the times; <paramref name="speedupSettings"/> for the speed-ups (their defaults, chosen by simulation, when null).</param>
    public static HistoryReport Of(HistoryContents contents, StepSettings? settings = null, StepSettings? speedupSettings = null) =>
        new(contents.Machines.Select(machine => Of(machine, settings ?? StepSettings.Default, speedupSettings ?? StepSettings.Speedup)).ToArray(), contents.Problems);

    private static MachineReport Of(MachineHistory machine, StepSettings settings, StepSettings speedupSettings)
    {
        var slots = BenchmarkHistory.Slots(machine);
        var histories = BenchmarkHistory.Of(machine).OrderBy(b => b.Type, StringComparer.Ordinal).ThenBy(b => b.Scaling?.Workers ?? 0).ToArray();
        var benchmarks = histories.Select(b => (b, StepDetector.Find(b.Points.Select(p => p.Median).ToArray(), settings))).ToArray();
        var speedups = histories.Where(b => b.Scaling?.IsBaseline != true)
            .Select(b => b with { Points = b.Points.Where(p => p.Speedup is not null).ToArray() })
            .Where(b => b.Points.Count > 0)
            .Select(b => (b, StepDetector.Find(b.Points.Select(p => p.Speedup!.Value).ToArray(), speedupSettings))).ToArray();
        return new MachineReport(machine, slots.Select(s => s[0].Commit).ToArray(), benchmarks, SoftwareChange.In(slots), UnmeasuredCommits.In(slots))
        {
            Speedups = speedups,
            Settings = settings,
        };
    }
}

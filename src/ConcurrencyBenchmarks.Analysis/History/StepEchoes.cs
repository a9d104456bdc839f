using ConcurrencyBenchmarks.RunReporting;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// A step of the whole machine: most benchmarks' times moving the same way at one commit (a slower runner, a new
/// runtime), which is one change, not as many as the benchmarks it moved.
/// </summary>
/// <param name="Moved">The benchmarks whose time stepped with it; <paramref name="Of"/>: the machine's benchmarks with a verdict.</param>
public sealed record MachineStep(int Moved, int Of, double LowestRatio, double MedianRatio, double HighestRatio);

/// <summary>
/// Which steps are the consequence of another, so the step table shows each change once. A speed-up is Serial's time
/// over the strategy's: when Serial's time steps, every strategy's speed-up at that worker count steps with it though
/// no strategy changed. Such a speed-up step follows its Serial when Serial's time stepped at the same commit and what
/// is left for the strategy (Serial's change over the speed-up's) is below the smallest step the detector reports,
/// with no step in the strategy's own time there; a strategy that really changed at that commit keeps its own row.
/// </summary>
public static class StepEchoes
{
    /// <summary>How far apart two series' steps may be placed and still be one change: the detector can place a step one commit off.</summary>
    public const int SameCommit = 1;

    /// <param name="withVerdict">How many of the machine's benchmarks have a verdict on steps: the whole a machine step is counted against.</param>
    /// <param name="minimumChange">The smallest step the time detector reports (its settings' <see cref="StepSettings.MinimumChange"/>).</param>
    public static IReadOnlyList<DetectedStep> Mark(IReadOnlyList<DetectedStep> steps, int withVerdict, double minimumChange)
    {
        var times = steps.Where(s => s.Measure == StepMeasure.Time).ToArray();
        var machine = WholeMachine(times, withVerdict);
        times = times.Select(s => machine.TryGetValue(s, out var of) ? s with { OfMachine = of } : s).ToArray();
        var speedups = steps.Where(s => s.Measure == StepMeasure.Speedup).Select(s => s with { WithSerial = SerialItFollows(s, times, minimumChange) });
        return [.. times, .. speedups];
    }

    private static DetectedStep? SerialItFollows(DetectedStep speedup, IReadOnlyList<DetectedStep> times, double minimumChange)
    {
        if (speedup.Benchmark.Scaling is not { } strategy)
            return null;
        var serial = times.FirstOrDefault(t => t.Benchmark.Scaling is { } s && strategy.HasBaseline(s) && Near(t, speedup));
        if (serial is null || times.Any(t => t.Benchmark.Id == speedup.Benchmark.Id && Near(t, speedup)))
            return null;
        var strategyChange = serial.Step.Ratio / speedup.Step.Ratio; // speed-up = Serial / strategy
        return Math.Abs(Math.Log(strategyChange)) < Math.Log(1 + minimumChange) ? serial : null;
    }

    /// <summary>
    /// Time steps at one commit moving more than half of the machine's benchmarks with a verdict (and at least
    /// <see cref="FewestForMachine"/>) the same way: one step of the machine. The commit with the most such steps is
    /// taken first.
    /// </summary>
    private static Dictionary<DetectedStep, MachineStep> WholeMachine(IReadOnlyList<DetectedStep> times, int withVerdict)
    {
        var found = new Dictionary<DetectedStep, MachineStep>();
        var left = times.ToList();
        while (true)
        {
            var group = left.Select(anchor => left.Where(s => Near(s, anchor) && s.IsWorse == anchor.IsWorse).ToArray())
                .OrderByDescending(g => g.Length).FirstOrDefault();
            if (group is null || group.Length < FewestForMachine || group.Length * 2 <= withVerdict)
                return found;
            var ratios = group.Select(s => s.Step.Ratio).Order().ToArray();
            var step = new MachineStep(group.Length, withVerdict, ratios[0], Median.Of(ratios), ratios[^1]);
            foreach (var member in group)
            {
                found[member] = step;
                left.Remove(member);
            }
        }
    }

    /// <summary>Two or three benchmarks moving together may be one change of code they share; from this many on, it is the machine's.</summary>
    public const int FewestForMachine = 4;

    private static bool Near(DetectedStep a, DetectedStep b) => Math.Abs(a.Slot - b.Slot) <= SameCommit;
}

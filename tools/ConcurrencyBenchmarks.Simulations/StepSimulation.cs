using ConcurrencyBenchmarks.Analysis.History;

namespace ConcurrencyBenchmarks.Simulations;

/// <summary>What one detector setting did on synthetic histories (see <see cref="StepSimulation"/>).</summary>
/// <param name="FalseSteps">Steps reported in benchmarks that had none, over <paramref name="UnchangedSeries"/> of them.</param>
/// <param name="Misplaced">Steps reported in stepped benchmarks more than one commit away from the step.</param>
/// <param name="FoundQuiet">Injected steps found at their commit (±1) in benchmarks whose spread is under the step's size / 4, of <paramref name="InjectedQuiet"/>.</param>
/// <param name="FoundNoisy">The same in the noisier benchmarks, of <paramref name="InjectedNoisy"/>.</param>
/// <param name="DriftSteps">Steps reported in quiet benchmarks drifting 1% a commit for 20 commits, over <paramref name="DriftSeries"/> of them.</param>
public sealed record SimulationRow(StepSettings Settings, int FalseSteps, int UnchangedSeries, int Misplaced, int FoundQuiet, int InjectedQuiet,
    int FoundNoisy, int InjectedNoisy, int DriftSteps, int DriftSeries);

/// <summary>
/// How a detector setting fares on histories shaped like real ones: per repetition, 60 commits of every benchmark
/// (<see cref="SyntheticHistory"/>), with a step of <see cref="StepSize"/> injected into 5 benchmarks at known commits
/// (between the 10th and the 50th), and, apart, every quiet benchmark drifting 1% a commit over 20 commits.
/// For speed-up series (<c>speedups</c>) each synthetic series is inverted: a step, a slow run or a drift that makes a
/// time longer makes a speed-up smaller, as a busy moment of the host takes more from a parallel case than from Serial.
/// </summary>
public static class StepSimulation
{
    public const int Commits = 60;
    public const int Stepped = 5;
    public const double StepSize = 0.10;

    /// <summary>Spreads under this are quiet enough for a step of <see cref="StepSize"/> to stand out (a quarter of it).</summary>
    public const double QuietSpread = StepSize / 4;

    public static readonly IReadOnlyList<StepSettings> Candidates =
    [
        StepSettings.Default with { NoiseFactor = 0, MinimumChange = 0, TransientCommits = 0, MinDistance = 1 },
        StepSettings.Default with { NoiseFactor = 0, MinimumChange = 0, TransientCommits = 0 },
        StepSettings.Default with { TransientCommits = 0 },
        StepSettings.Default with { MinDistance = 2 },
        StepSettings.Default with { MinDistance = 4 },
        StepSettings.Default with { NoiseFactor = 3 },
        StepSettings.Default with { NoiseFactor = 4 },
        StepSettings.Default,
        StepSettings.Default with { NoiseFactor = 6 },
        StepSettings.Default with { TransientCommits = 12 },
        StepSettings.Default with { MinimumChange = 0.05 },
        StepSettings.Default with { Method = StepMethod.RqqPelt, NoiseFactor = 0, MinimumChange = 0, TransientCommits = 0 },
        StepSettings.Default with { Method = StepMethod.RqqPelt, Sensitivity = 0.3 },
        StepSettings.Default with { Method = StepMethod.RqqPelt },
        StepSettings.Default with { Method = StepMethod.RqqPelt, Sensitivity = 0.7 },
    ];

    public static SimulationRow Run(StepSettings settings, IReadOnlyList<double> spreads, int repetitions, int seed, bool speedups = false)
    {
        double[] Series(double[] values) => speedups ? values.Select(v => 1 / v).ToArray() : values;
        bool Worse(Step step) => speedups ? step.Ratio < 1 : step.Ratio > 1;
        int falseSteps = 0, unchanged = 0, misplaced = 0, foundQuiet = 0, quiet = 0, foundNoisy = 0, noisy = 0, driftSteps = 0, drifting = 0;
        for (var r = 0; r < repetitions; r++)
        {
            var random = new Random(seed * 7_919 + r);
            var stepped = Enumerable.Range(0, spreads.Count).OrderBy(_ => random.Next()).Take(Stepped)
                .ToDictionary(b => b, _ => random.Next(10, 51));
            var history = SyntheticHistory.Generate(spreads, Commits, seed * 104_729 + r,
                (b, commit) => stepped.TryGetValue(b, out var at) && commit >= at ? 1 + StepSize : 1);
            for (var b = 0; b < spreads.Count; b++)
            {
                var steps = StepDetector.Find(Series(history[b]), settings).Steps;
                if (!stepped.TryGetValue(b, out var at))
                {
                    unchanged++;
                    falseSteps += steps.Count;
                    continue;
                }
                var found = steps.Any(s => Math.Abs(s.Index - at) <= 1 && Worse(s));
                misplaced += steps.Count(s => Math.Abs(s.Index - at) > 1);
                if (spreads[b] < QuietSpread)
                {
                    quiet++;
                    foundQuiet += found ? 1 : 0;
                }
                else
                {
                    noisy++;
                    foundNoisy += found ? 1 : 0;
                }
            }

            var drift = SyntheticHistory.Generate(spreads, Commits, seed * 15_485_863 + r,
                (_, commit) => Math.Pow(1.01, Math.Clamp(commit - 20, 0, 20)));
            for (var b = 0; b < spreads.Count; b++)
                if (spreads[b] < QuietSpread)
                {
                    drifting++;
                    driftSteps += StepDetector.Find(Series(drift[b]), settings).Steps.Count;
                }
        }
        return new SimulationRow(settings, falseSteps, unchanged, misplaced, foundQuiet, quiet, foundNoisy, noisy, driftSteps, drifting);
    }
}

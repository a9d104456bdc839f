using System.CommandLine;
using System.Globalization;
using ConcurrencyBenchmarks.Analysis.History;

namespace ConcurrencyBenchmarks.Simulations;

/// <summary>
/// <c>steps --shape &lt;history&gt; [--measure time|speedup] [--repetitions 20] [--seed 1]</c>: how each candidate setting
/// of the history's step detector fares on synthetic histories shaped like a real one (each benchmark's run-to-run
/// spread of its time, or of its speed-up over Serial, taken from it).
/// </summary>
public static class StepsCommand
{
    private static readonly Option<string> Shape = new("--shape") { Description = "a history folder whose runs' spreads the synthetic histories take", HelpName = "history dir", Required = true };
    private static readonly Option<string> Measure = new("--measure") { Description = "time (default) or speedup", DefaultValueFactory = _ => "time" };
    private static readonly Option<int> Repetitions = new("--repetitions") { Description = "synthetic histories per setting", DefaultValueFactory = _ => 20 };
    private static readonly Option<int> Seed = new("--seed") { Description = "the random seed", DefaultValueFactory = _ => 1 };

    /// <summary>The command, its options declared once: System.CommandLine parses them, says what is wrong and writes --help.</summary>
    public static Command Declaration()
    {
        Measure.AcceptOnlyFromAmong("time", "speedup");
        foreach (var number in new[] { Repetitions, Seed })
            number.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                    result.AddError($"{number.Name} expects a whole number of 1 or more");
            });
        var command = new Command("steps", "how each candidate setting of the step detector fares on synthetic histories shaped like a real one")
        {
            Shape, Measure, Repetitions, Seed,
        };
        command.SetAction(parsed => Run(parsed.GetValue(Shape)!, parsed.GetValue(Measure) == "speedup", parsed.GetValue(Repetitions), parsed.GetValue(Seed), Console.Out));
        return command;
    }

    public static int Run(string shape, bool speedups, int repetitions, int seed, TextWriter output)
    {
        var spreads = new HistoryStore(shape).Load().Machines.OrderByDescending(m => m.Runs.Count)
                          .Select<MachineHistory, IReadOnlyList<double>>(speedups ? SyntheticHistory.SpeedupSpreadsOf : SyntheticHistory.SpreadsOf).FirstOrDefault(s => s.Count > 0)
                      ?? throw new ArgumentException("--shape needs a history with two runs or more of one machine, to measure how its benchmarks vary");
        var quiet = spreads.Count(s => s < StepSimulation.QuietSpread);
        output.WriteLine($"{repetitions} histories of {StepSimulation.Commits} commits × {spreads.Count} {(speedups ? "speed-up series" : "benchmarks")} (run-to-run spreads from the history: "
                         + $"{quiet} under {Percent(StepSimulation.QuietSpread)}, {spreads.Count - quiet} above, up to {Percent(spreads.Max())}); "
                         + $"{Percent(StepSimulation.StepSize)} steps in {StepSimulation.Stepped} benchmarks at known commits.");
        output.WriteLine();
        output.WriteLine("| detector | min. commits a side | noise factor | min. change | excursions under | false steps | misplaced | 10% steps found, quiet | 10% steps found, noisy | steps in a 1%-a-commit drift |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var settings in StepSimulation.Candidates)
        {
            var row = StepSimulation.Run(settings, spreads, repetitions, seed, speedups);
            var detector = settings.Method == StepMethod.EdPelt ? "ED-PELT" : $"RQQ-PELT {settings.Sensitivity.ToString(CultureInfo.InvariantCulture)}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {detector}{(settings == (speedups ? StepSettings.Speedup : StepSettings.Default) ? " (default)" : "")} | {settings.MinDistance} | {settings.NoiseFactor} | {Percent(settings.MinimumChange)} | {(settings.TransientCommits > 0 ? settings.TransientCommits.ToString(CultureInfo.InvariantCulture) : "-")} "
                + $"| {row.FalseSteps} in {row.UnchangedSeries:N0} | {row.Misplaced} | {row.FoundQuiet} of {row.InjectedQuiet} | {row.FoundNoisy} of {row.InjectedNoisy} "
                + $"| {row.DriftSteps} in {row.DriftSeries:N0} |"));
        }
        return 0;
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}

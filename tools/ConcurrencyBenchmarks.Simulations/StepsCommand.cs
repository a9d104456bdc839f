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
    public const string Usage = "steps --shape <history dir> [--measure time|speedup] [--repetitions 20] [--seed 1]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            if (name is not ("--shape" or "--measure" or "--repetitions" or "--seed"))
                throw new ArgumentException($"unknown option '{args[i]}'; usage: {Usage}");
            var value = inline ?? (i + 1 < args.Count ? args[++i] : "");
            if (value.Length == 0 || !options.TryAdd(name, value))
                throw new ArgumentException($"{name} needs one value; usage: {Usage}");
        }
        var shape = options.GetValueOrDefault("--shape") ?? throw new ArgumentException($"steps needs --shape; usage: {Usage}");
        var speedups = options.GetValueOrDefault("--measure", "time") switch
        {
            "time" => false,
            "speedup" => true,
            var other => throw new ArgumentException($"--measure '{other}' is not valid; expected time or speedup"),
        };
        var spreads = new HistoryStore(shape).Load().Machines.OrderByDescending(m => m.Runs.Count)
                          .Select<MachineHistory, IReadOnlyList<double>>(speedups ? SyntheticHistory.SpeedupSpreadsOf : SyntheticHistory.SpreadsOf).FirstOrDefault(s => s.Count > 0)
                      ?? throw new ArgumentException("--shape needs a history with two runs or more of one machine, to measure how its benchmarks vary");
        var repetitions = Number(options, "--repetitions", 20);
        var seed = Number(options, "--seed", 1);
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

    private static int Number(Dictionary<string, string> options, string name, int fallback) =>
        !options.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new ArgumentException($"{name} '{text}' is not valid; expected a whole number of 1 or more");
}

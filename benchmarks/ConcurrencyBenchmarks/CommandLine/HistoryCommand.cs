using System.Globalization;
using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Reporting.History;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// <c>history add</c> keeps one run in a history folder (one file per machine); <c>history report</c> draws the
/// history and finds its steps; <c>history simulate</c> shows how the step detector fares on synthetic histories
/// shaped like a real one. Exit 0, or 2 for bad input (one line).
/// </summary>
public static class HistoryCommand
{
    public const string Name = "history";

    public const string Usage = "history add --results <dir> --to <history dir> [--commit <sha>] [--since <sha>] [--date <iso 8601>] | "
                                + "history report --from <history dir> --output <dir> | "
                                + "history simulate --shape <history dir> [--repetitions 20] [--seed 1]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        try
        {
            return args switch
            {
                ["add", ..] => Add(Options(args, "--results", "--to", "--commit", "--since", "--date"), output),
                ["report", ..] => Report(Options(args, "--from", "--output"), output),
                ["simulate", ..] => Simulate(Options(args, "--shape", "--repetitions", "--seed"), output),
                _ => throw new UsageException($"history needs add, report or simulate; usage: {Usage}"),
            };
        }
        catch (HistoryInputException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int Add(Dictionary<string, string> options, TextWriter output)
    {
        var results = Required(options, "--results");
        var store = new HistoryStore(Required(options, "--to"));
        var commit = options.GetValueOrDefault("--commit") ?? CurrentCommit()
                     ?? throw new UsageException("history add needs --commit <sha>: no GITHUB_SHA, and no git checkout here to ask");
        var date = options.TryGetValue("--date", out var text) ? ParseDate(text) : DateTimeOffset.UtcNow;
        var (run, leftOut) = RunReader.Read(results, commit, date, options.GetValueOrDefault("--since"));
        foreach (var line in leftOut)
            output.WriteLine($"// history: left out {line}");
        var (file, runs) = store.Add(run);
        output.WriteLine($"// history: added commit {HistoryCharts.Short(commit)} ({run.Benchmarks.Count} benchmarks, {run.Date:u}) to {file}; "
                         + $"{runs} run{(runs == 1 ? "" : "s")} of this machine");
        return ExitCodes.Success;
    }

    private static int Report(Dictionary<string, string> options, TextWriter output)
    {
        var contents = new HistoryStore(Required(options, "--from")).Load();
        var folder = Required(options, "--output");
        foreach (var problem in contents.Problems)
            output.WriteLine($"// history: could not read {problem}");
        var report = HistoryReport.Of(contents);
        string page;
        try
        {
            page = HistoryPage.Write(report, folder);
            File.WriteAllText(Path.Combine(folder, "history.md"), HistoryMarkdown.Write(report));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write --output '{folder}': {e.Message}");
        }
        output.WriteLine($"// history: {HistoryMarkdown.Overview(report)}");
        output.WriteLine($"// history: {page} and {Path.Combine(folder, "history.md")}");
        return ExitCodes.Success;
    }

    private static int Simulate(Dictionary<string, string> options, TextWriter output)
    {
        var machines = new HistoryStore(Required(options, "--shape")).Load().Machines;
        var spreads = machines.OrderByDescending(m => m.Runs.Count).Select(SyntheticHistory.SpreadsOf).FirstOrDefault(s => s.Count > 0)
                      ?? throw new UsageException("--shape needs a history with two runs or more of one machine, to measure how its benchmarks vary");
        var repetitions = Number(options, "--repetitions", 20);
        var seed = Number(options, "--seed", 1);
        var quiet = spreads.Count(s => s < StepSimulation.QuietSpread);
        output.WriteLine($"{repetitions} histories of {StepSimulation.Commits} commits × {spreads.Count} benchmarks (run-to-run spreads from the history: "
                         + $"{quiet} under {Percent(StepSimulation.QuietSpread)}, {spreads.Count - quiet} above, up to {Percent(spreads.Max())}); "
                         + $"{Percent(StepSimulation.StepSize)} steps in {StepSimulation.Stepped} benchmarks at known commits.");
        output.WriteLine();
        output.WriteLine("| detector | min. commits a side | noise factor | min. change | excursions under | false steps | misplaced | 10% steps found, quiet | 10% steps found, noisy | steps in a 1%-a-commit drift |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var settings in StepSimulation.Candidates)
        {
            var row = StepSimulation.Run(settings, spreads, repetitions, seed);
            var detector = settings.Method == StepMethod.EdPelt ? "ED-PELT" : $"RQQ-PELT {settings.Sensitivity.ToString(CultureInfo.InvariantCulture)}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {detector}{(settings == StepSettings.Default ? " (default)" : "")} | {settings.MinDistance} | {settings.NoiseFactor} | {Percent(settings.MinimumChange)} | {(settings.TransientCommits > 0 ? settings.TransientCommits.ToString(CultureInfo.InvariantCulture) : "-")} "
                + $"| {row.FalseSteps} in {row.UnchangedSeries:N0} | {row.Misplaced} | {row.FoundQuiet} of {row.InjectedQuiet} | {row.FoundNoisy} of {row.InjectedNoisy} "
                + $"| {row.DriftSteps} in {row.DriftSeries:N0} |"));
        }
        return ExitCodes.Success;
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>The commit being measured: CI's, else the checkout's HEAD.</summary>
    private static string? CurrentCommit() =>
        Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: > 0 } sha ? sha
        : RepositoryRoot.Find() is { } root ? new Git(root).Commit("HEAD")
        : null;

    /// <summary>The options after the subcommand (args[0]), each with its value.</summary>
    private static Dictionary<string, string> Options(IReadOnlyList<string> args, params string[] known)
    {
        var read = OptionReader.Read(args.Skip(1).ToArray(), Name, Usage, values: known);
        return known.Where(read.Has).ToDictionary(name => name, name => read.Value(name)!, StringComparer.Ordinal);
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.GetValueOrDefault(name) ?? throw new UsageException($"history needs {name}; usage: {Usage}");

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : throw new UsageException($"--date '{text}' is not a date; expected ISO 8601, e.g. 2026-11-26T10:00:00Z");

    private static int Number(Dictionary<string, string> options, string name, int fallback) =>
        !options.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new UsageException($"{name} '{text}' is not valid; expected a whole number of 1 or more");
}

using System.CommandLine;
using System.Globalization;
using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// <c>history add</c> keeps one run in a history folder (one file per machine); <c>history report</c> draws the
/// history and finds its steps. Exit 0, or 2 for bad input (one line).
/// </summary>
public static class HistoryCommand
{
    public const string Name = "history";

    /// <summary>The command, its two subcommands and their options, declared once.</summary>
    private sealed class Declared
    {
        public Option<string> Results { get; } = SuiteParser.Text("--results", "dir", "the run to keep: its results folder, or BenchmarkDotNet.Artifacts", required: true);
        public Option<string> To { get; } = SuiteParser.Text("--to", "history dir", "the history folder (one file per machine)", required: true);
        public Option<string> Commit { get; } = SuiteParser.Text("--commit", "sha", "the commit measured (default: GITHUB_SHA, else the checkout's HEAD)");
        public Option<string> Since { get; } = SuiteParser.Text("--since", "sha", "the commit the branch was at before this one was pushed");
        public Option<DateTimeOffset> Date { get; } = SuiteParser.Parsed("--date", "iso 8601", "when the run was measured (default: now)", ParseDate);
        public Option<string> From { get; } = SuiteParser.Text("--from", "history dir", "the history folder to draw", required: true);
        public Option<string> Output { get; } = SuiteParser.Text("--output", "dir", "where history.html and history.md go", required: true);

        public Command Add { get; }
        public Command Report { get; }
        public Command Command { get; }

        public Declared()
        {
            Add = new Command("add", "keep one run in a history folder (one file per machine)") { Results, To, Commit, Since, Date };
            Report = new Command("report", "history.html (trends, steps found by change-point detection) and history.md") { From, Output };
            Command = new Command(Name, "the suite's results over commits, kept per machine") { Add, Report };
        }
    }

    /// <summary>The command as declared, for the suite's help.</summary>
    public static Command Declaration => new Declared().Command;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var declared = new Declared();
        if (SuiteParser.Parse(declared.Command, args, output) is not { } parsed)
            return ExitCodes.Success;
        try
        {
            return parsed.CommandResult.Command == declared.Add
                ? Add(parsed.GetValue(declared.Results)!, parsed.GetValue(declared.To)!, parsed.GetValue(declared.Commit),
                    !parsed.Given(declared.Date) ? DateTimeOffset.UtcNow : parsed.GetValue(declared.Date), parsed.GetValue(declared.Since), output)
                : Report(parsed.GetValue(declared.From)!, parsed.GetValue(declared.Output)!, output);
        }
        catch (RunInputException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int Add(string results, string to, string? commit, DateTimeOffset date, string? since, TextWriter output)
    {
        var store = new HistoryStore(to);
        commit ??= CurrentCommit() ?? throw new UsageException("history add needs --commit <sha>: no GITHUB_SHA, and no git checkout here to ask");
        var (run, leftOut) = RunReader.Read(results, commit, date, since);
        foreach (var line in leftOut)
            output.WriteLine($"// history: left out {line}");
        var (file, runs) = store.Add(run);
        output.WriteLine($"// history: added commit {HistoryCharts.Short(commit)} ({run.Benchmarks.Count} benchmarks, {run.Date:u}) to {file}; "
                         + $"{runs} run{(runs == 1 ? "" : "s")} of this machine");
        return ExitCodes.Success;
    }

    private static int Report(string from, string folder, TextWriter output)
    {
        var contents = new HistoryStore(from).Load();
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

    /// <summary>The commit being measured: CI's, else the checkout's HEAD.</summary>
    private static string? CurrentCommit() =>
        Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: > 0 } sha ? sha
        : RepositoryRoot.Find() is { } root ? new Git(root).Commit("HEAD")
        : null;

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : throw new UsageException($"--date '{text}' is not a date; expected ISO 8601, e.g. 2026-11-26T10:00:00Z");
}

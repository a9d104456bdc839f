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

    public const string Usage = "history add --results <dir> --to <history dir> [--commit <sha>] [--since <sha>] [--date <iso 8601>] | "
                                + "history report --from <history dir> --output <dir>";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        try
        {
            return args switch
            {
                ["add", ..] => Add(Options(args, "--results", "--to", "--commit", "--since", "--date"), output),
                ["report", ..] => Report(Options(args, "--from", "--output"), output),
                _ => throw new UsageException($"history needs add or report; usage: {Usage}"),
            };
        }
        catch (RunInputException e)
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
}

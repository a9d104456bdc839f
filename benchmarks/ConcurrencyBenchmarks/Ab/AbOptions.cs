using System.CommandLine;
using System.Globalization;
using ConcurrencyBenchmarks.Ab.Paired;
using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// What <c>ab</c> was asked: two commits; paired (the default) or whole-suite rounds (<c>--rounds N</c>); the
/// comparison's options (as <c>compare</c> takes them); and every other argument, which selects the cases and sizes
/// (both modes) or goes to each round's run of the suite as it is (rounds).
/// </summary>
public sealed record AbOptions(string Base, string? Head, int? Rounds, IReadOnlyList<string> CompareArguments, IReadOnlyList<string> RunArguments,
    PairedSettings Paired)
{
    public const int MaxRounds = 20;

    /// <summary>Rounds when the base is too old for the paired runner.</summary>
    public const int DefaultRounds = 3;

    /// <summary>
    /// Paired: both workloads, every strategy, at 1, 2 and 4 workers, at sizes where one invocation takes tens of
    /// milliseconds (pairs then lie close in time): 5 to 8 minutes on 2 vCPUs, builds included.
    /// </summary>
    public static readonly string[] PairedSelection =
        ["--filter", "*OnlySleepBenchmarks*", "*CrunchNumbersBenchmarks*", "--workers", "1,2,4", "--sleep", "20ms", "--iterations", "1e8"];

    /// <summary>
    /// Rounds: both workloads at 1 and 4 workers. With 16 workers too a run took 4.5 minutes on 2 processors, and 3
    /// rounds 28.5 minutes; 16 workers are the slowest cases by far.
    /// </summary>
    public static readonly string[] DefaultSelection =
        ["--filter", "*OnlySleepBenchmarks*", "*CrunchNumbersBenchmarks*", "--workers", "1,4"];

    /// <summary>Rounds at smaller sizes (<c>--quick</c>): about 1 minute a run.</summary>
    public static readonly string[] QuickSelection =
        ["--filter", "*OnlySleepBenchmarks*", "*CrunchNumbersBenchmarks*", "--workers", "1,4", "--sleep", "20ms", "--iterations", "1e8"];

    /// <summary>The options that select cases: with none of them, ab selects its own.</summary>
    private static readonly string[] Selecting = ["--filter", "--anyCategories", "--allCategories", "--workers"];

    public bool IsPaired => Rounds is null;

    /// <summary>The command and its options, declared once: the judging ones are compare's own (<see cref="ComparisonOptionSet"/>).</summary>
    private sealed class Declared
    {
        public Option<string> Base { get; } = SuiteParser.Text("--base", "git ref", "the commit before", required: true);
        public Option<string> Head { get; } = SuiteParser.Text("--head", "git ref", "the commit after (default: the working tree)");
        public Option<int> Rounds { get; } = SuiteParser.Parsed("--rounds", "N", "whole runs of the suite in alternating rounds instead of pairs",
            value => Whole("--rounds", value, 1, MaxRounds));
        public Option<bool> Quick { get; } = SuiteParser.Flag("--quick", "rounds at smaller sizes: about a minute a run");
        public Option<int> MaxPairs { get; } = SuiteParser.Parsed("--max-pairs", "N", "stop a case's pairs here (default 120)",
            value => Whole("--max-pairs", value, new PairedSettings().MinPairs, 10_000));
        public Option<int> Seed { get; } = SuiteParser.Parsed("--seed", "N", "the seed of the pairs' random order", value => Whole("--seed", value, 0, int.MaxValue));
        public Option<bool> Unpinned { get; } = SuiteParser.Flag("--unpinned", "leave both builds free to run on any CPU");
        public ComparisonOptionSet Judging { get; } =
            new($"a percentage in pairs (default {new PairedSettings().Threshold:0.0%}); with --rounds, compare's (5%, or a time such as 2ms)");
        public Option<string[]> Filter { get; } = new("--filter")
        {
            Description = "the cases to measure (default: both workloads)", HelpName = "glob", AllowMultipleArgumentsPerToken = true,
        };
        public Option<string> Workers { get; } = SuiteParser.Text("--workers", "1,2,4", "worker counts (paired default 1,2,4)");
        public Option<string> Sleep { get; } = SuiteParser.Text("--sleep", "duration", "one OnlySleep worker's sleep (paired default 20ms)");
        public Option<string> Iterations { get; } = SuiteParser.Text("--iterations", "N", "how far one CrunchNumbers worker counts (paired default 1e8)");

        public Command Command { get; }

        public Declared()
        {
            Command = new Command("ab", "two commits measured on this machine in pairs (or --rounds), with verdicts: faster, slower, same or unsure")
            {
                Base, Head, Rounds, Quick, MaxPairs, Seed, Unpinned,
            };
            foreach (var option in Judging.All)
                Command.Add(option);
            foreach (var option in new Option[] { Filter, Workers, Sleep, Iterations })
                Command.Add(option);
            // Rounds pass BenchmarkDotNet's own options (--job short) to each run as they are; paired ab refuses them.
            Command.TreatUnmatchedTokensAsErrors = false;
        }
    }

    /// <summary>The command as declared, for the suite's help.</summary>
    public static Command Declaration => new Declared().Command;

    /// <summary>What ab was asked; null when help was asked for and written to <paramref name="output"/>.</summary>
    public static AbOptions? Parse(IReadOnlyList<string> args, TextWriter? output = null)
    {
        var declared = new Declared();
        if (SuiteParser.Parse(declared.Command, args, output ?? TextWriter.Null) is not { } parsed)
            return null;
        // What compare is to be given, as it was given here: compare parses it again for rounds.
        var compare = declared.Judging.All.Where(o => parsed.Given(o))
            .SelectMany(o => o.ValueType == typeof(bool) ? [o.Name] : new[] { o.Name, parsed.GetResult(o)!.Tokens.Single().Value })
            .ToList();
        var run = new List<string>();
        if (parsed.GetValue(declared.Filter) is { Length: > 0 } filters)
            run.AddRange(["--filter", .. filters]);
        foreach (var option in new[] { declared.Workers, declared.Sleep, declared.Iterations }.Where(o => parsed.Given(o)))
            run.AddRange([option.Name, parsed.GetValue(option)!]);
        run.AddRange(parsed.UnmatchedTokens);

        int? rounds = parsed.Given(declared.Rounds) ? parsed.GetValue(declared.Rounds) : null;
        var paired = new PairedSettings();
        if (parsed.Given(declared.MaxPairs))
            paired = paired with { MaxPairs = parsed.GetValue(declared.MaxPairs) };
        if (parsed.Given(declared.Seed))
            paired = paired with { Seed = parsed.GetValue(declared.Seed) };
        if (parsed.GetValue(declared.Unpinned))
            paired = paired with { Pin = false };
        if (!Names(run, Selecting))
            run.InsertRange(0, rounds is null ? PairedSelection : parsed.GetValue(declared.Quick) ? QuickSelection : DefaultSelection);
        if (rounds is null)
        {
            // Pairs must lie close in time: the paired sizes unless chosen, whatever else was selected.
            if (!Names(run, ["--sleep"]))
                run.AddRange(PairedSelection[^4..^2]);
            if (!Names(run, ["--iterations"]))
                run.AddRange(PairedSelection[^2..]);
            if (parsed.Given(declared.Judging.Threshold))
                paired = paired with { Threshold = Percent(parsed.GetResult(declared.Judging.Threshold)!.Tokens.Single().Value) };
        }
        return new AbOptions(parsed.GetValue(declared.Base)!, parsed.GetValue(declared.Head), rounds, compare, run, paired);
    }

    private static bool Names(IEnumerable<string> args, string[] options) =>
        args.Any(a => options.Any(o => a.Equals(o, StringComparison.OrdinalIgnoreCase) || a.StartsWith(o + "=", StringComparison.OrdinalIgnoreCase)));

    private static int Whole(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{name} '{text}' is not valid; expected a whole number from {min} to {max}");

    /// <summary>A relative threshold such as <c>1.5%</c>: the paired verdicts work on ratios.</summary>
    private static double Percent(string text) =>
        text.EndsWith('%') && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and < 100
            ? percent / 100
            : throw new UsageException($"--threshold '{text}' is not valid; expected a percentage above 0, e.g. 1.5%");
}

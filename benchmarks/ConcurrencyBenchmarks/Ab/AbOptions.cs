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

    // compare's judging options, by the names it declares them under: ab passes them on to it.
    private static readonly string[] CompareFlags = [.. new ComparisonOptionSet().All.Where(o => o.ValueType == typeof(bool)).Select(o => o.Name)];
    private static readonly string[] CompareValues = [.. new ComparisonOptionSet().All.Where(o => o.ValueType != typeof(bool)).Select(o => o.Name)];
    private static readonly string[] Selecting = ["--filter", "--anyCategories", "--allCategories", "--workers"];

    public bool IsPaired => Rounds is null;

    public static AbOptions Parse(IReadOnlyList<string> args)
    {
        string? @base = null, head = null;
        int? rounds = null;
        var quick = false;
        var paired = new PairedSettings();
        string? threshold = null;
        var compare = new List<string>();
        var run = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            string Value() => inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"{name} needs a value; usage: {AbCommand.Usage}"));
            switch (name)
            {
                case "--base": @base = Value(); break;
                case "--head": head = Value(); break;
                case "--rounds": rounds = Whole(name, Value(), 1, MaxRounds); break;
                case "--quick": quick = true; break;
                case "--max-pairs": paired = paired with { MaxPairs = Whole(name, Value(), paired.MinPairs, 10_000) }; break;
                case "--seed": paired = paired with { Seed = Whole(name, Value(), 0, int.MaxValue) }; break;
                case "--unpinned": paired = paired with { Pin = false }; break;
                case "--threshold":
                    threshold = Value();
                    compare.AddRange([name, threshold]);
                    break;
                case var flag when CompareFlags.Contains(flag): compare.Add(flag); break;
                case var option when CompareValues.Contains(option): compare.AddRange([option, Value()]); break;
                default: run.Add(args[i]); break;
            }
        }
        if (@base is null)
            throw new UsageException($"ab needs --base <git ref>; usage: {AbCommand.Usage}");
        if (!Names(run, Selecting))
            run.InsertRange(0, rounds is null ? PairedSelection : quick ? QuickSelection : DefaultSelection);
        if (rounds is null)
        {
            // Pairs must lie close in time: the paired sizes unless chosen, whatever else was selected.
            if (!Names(run, ["--sleep"]))
                run.AddRange(PairedSelection[^4..^2]);
            if (!Names(run, ["--iterations"]))
                run.AddRange(PairedSelection[^2..]);
        }
        if (rounds is null && threshold is not null)
            paired = paired with { Threshold = Percent(threshold) }; // rounds pass it to compare, which also takes times
        return new AbOptions(@base, head, rounds, compare, run, paired);
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

using System.Globalization;
using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// What <c>ab</c> was asked: two commits, how many rounds, the comparison's options (as <c>compare</c> takes them),
/// and every other argument, which goes to each run of the suite as it is.
/// </summary>
public sealed record AbOptions(string Base, string? Head, int Rounds, IReadOnlyList<string> CompareArguments, IReadOnlyList<string> RunArguments)
{
    public const int DefaultRounds = 3;

    /// <summary>
    /// The default selection: both workloads at 1 and 4 workers. With 16 workers too a run took 4.5 minutes on 2
    /// processors, and 3 rounds 28.5 minutes; 16 workers are the slowest cases by far.
    /// </summary>
    public static readonly string[] DefaultSelection =
        ["--filter", "*OnlySleepBenchmarks*", "*CrunchNumbersBenchmarks*", "--workers", "1,4"];

    /// <summary>The quick selection for pull requests (<c>--quick</c>): smaller sizes, about 1 minute a run.</summary>
    public static readonly string[] QuickSelection =
        ["--filter", "*OnlySleepBenchmarks*", "*CrunchNumbersBenchmarks*", "--workers", "1,4", "--sleep", "20ms", "--iterations", "1e8"];

    private static readonly string[] CompareFlags = ["--fail-on-regression", "--full-id"];
    private static readonly string[] CompareValues = ["--threshold", "--noise", "--top", "--format", "--output"];
    private static readonly string[] Selecting = ["--filter", "--anyCategories", "--allCategories", "--workers"];

    public static AbOptions Parse(IReadOnlyList<string> args)
    {
        string? @base = null, head = null;
        var rounds = DefaultRounds;
        var quick = false;
        var compare = new List<string>();
        var run = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"{name} needs a value; usage: {AbCommand.Usage}");
            switch (name)
            {
                case "--base": @base = Value(); break;
                case "--head": head = Value(); break;
                case "--rounds":
                    var text = Value();
                    rounds = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20
                        ? n : throw new UsageException($"--rounds '{text}' is not valid; expected a whole number from 1 to 20");
                    break;
                case "--quick": quick = true; break;
                case var flag when CompareFlags.Contains(flag): compare.Add(flag); break;
                case var option when CompareValues.Contains(option): compare.Add(option); compare.Add(Value()); break;
                default: run.Add(name); break;
            }
        }
        if (@base is null)
            throw new UsageException($"ab needs --base <git ref>; usage: {AbCommand.Usage}");
        if (!run.Any(a => Selecting.Contains(a, StringComparer.OrdinalIgnoreCase)))
            run.InsertRange(0, quick ? QuickSelection : DefaultSelection);
        return new AbOptions(@base, head, rounds, compare, run);
    }
}

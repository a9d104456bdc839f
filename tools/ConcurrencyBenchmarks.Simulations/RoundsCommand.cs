using System.CommandLine;
using System.Globalization;
using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Simulations;

/// <summary>
/// <c>rounds [--pairs 10] [--scaling-pairs 200]</c>: how each test on the rounds' medians fares (docs/compare.md,
/// "Rounds"), on synthetic suites whose rounds drift as real runs do: false alarms on unchanged suites, 10% slowdowns
/// and doublings found, a change in one round only; then the speed-up verdicts, unchanged and a 30% loss.
/// </summary>
public static class RoundsCommand
{
    private const int Benchmarks = 300;
    private static readonly int[] RoundCounts = [2, 3, 5];

    private static readonly Option<int> Pairs = new("--pairs") { Description = "pairs of 300-benchmark suites per row", DefaultValueFactory = _ => 10 };
    private static readonly Option<int> ScalingPairs = new("--scaling-pairs") { Description = "pairs of unchanged counting suites per row (and half as many with a loss)", DefaultValueFactory = _ => 200 };

    public static Command Declaration()
    {
        foreach (var number in new[] { Pairs, ScalingPairs })
            number.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                    result.AddError($"{number.Name} expects a whole number of 1 or more");
            });
        var command = new Command("rounds", "how each test on the rounds' medians fares on synthetic suites whose rounds drift") { Pairs, ScalingPairs };
        command.SetAction(parsed => Run(parsed.GetValue(Pairs), parsed.GetValue(ScalingPairs), Console.Out));
        return command;
    }

    public static int Run(int pairs, int scalingPairs, TextWriter output)
    {
        output.WriteLine($"Times: {pairs} pairs of {Benchmarks}-benchmark suites per row; a tenth of the benchmarks changed where one is.");
        output.WriteLine();
        output.WriteLine("| rounds a side | test | unchanged: flagged | 10% slower: found | twice as slow: found | 30% in one round: flagged | unchanged, one side drifting twice as much: flagged |");
        output.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (rounds, test, options) in Candidates())
        {
            int unchanged = 0, slower = 0, doubled = 0, oneRound = 0, unsettled = 0;
            for (var pair = 0; pair < pairs; pair++)
            {
                var @base = ResultSet.FromRounds(SyntheticResults.GenerateRounds(Benchmarks, 10, rounds, seed: 1000 + pair));
                ComparisonReport Against(int seed, Func<int, int, double>? shift, double drift = 1) =>
                    ResultComparer.Compare(@base, ResultSet.FromRounds(SyntheticResults.GenerateRounds(Benchmarks, 10, rounds, seed, shift, drift)), options);
                unchanged += Against(2000 + pair, null).Benchmarks.Count(Flagged);
                slower += Against(3000 + pair, (b, _) => b % 10 == 0 ? 1.10 : 1).Benchmarks.Count(d => Shifted(d) && d.Verdict == Verdict.Slower);
                doubled += Against(5000 + pair, (b, _) => b % 10 == 0 ? 2.0 : 1).Benchmarks.Count(d => Shifted(d) && d.Verdict == Verdict.Slower);
                oneRound += Against(4000 + pair, (_, round) => round == 1 ? 1.30 : 1).Benchmarks.Count(Flagged);
                unsettled += Against(6000 + pair, null, drift: 2).Benchmarks.Count(Flagged);
            }
            var changed = pairs * Benchmarks / 10;
            output.WriteLine(Invariant($"| {rounds} | {test} | {unchanged:N0} of {pairs * Benchmarks:N0} | {slower} of {changed} | {doubled} of {changed} | {oneRound:N0} of {pairs * Benchmarks:N0} | {unsettled:N0} of {pairs * Benchmarks:N0} |"));
        }

        var lossPairs = Math.Max(1, scalingPairs / 2);
        output.WriteLine();
        output.WriteLine($"Speed-ups: {scalingPairs} pairs of unchanged counting suites ({SyntheticScaling.JudgedCases} judged cases each), {lossPairs} with ThreadPool losing 30% of its speed-up at every count; the comparison's 5%.");
        output.WriteLine();
        output.WriteLine("| rounds a side | test | unchanged: flagged | 30% loss found |");
        output.WriteLine("| ---: | --- | ---: | ---: |");
        foreach (var (rounds, test, options) in Candidates())
        {
            int flagged = 0, found = 0;
            for (var pair = 0; pair < scalingPairs; pair++)
                flagged += ScalingComparer.Compare(SyntheticScaling.Side(rounds, 10_000 + pair), SyntheticScaling.Side(rounds, 20_000 + pair), options)
                    .Count(s => s.Verdict != ScalingVerdict.Same);
            for (var pair = 0; pair < lossPairs; pair++)
                found += ScalingComparer.Compare(SyntheticScaling.Side(rounds, 30_000 + pair), SyntheticScaling.Side(rounds, 40_000 + pair, "ThreadPool", 1 / 0.7), options)
                    .Count(s => s.Strategy == "ThreadPool" && s.Verdict == ScalingVerdict.Lost);
            output.WriteLine(Invariant($"| {rounds} | {test} | {flagged:N0} of {scalingPairs * SyntheticScaling.JudgedCases:N0} | {found:N0} of {lossPairs * SyntheticScaling.WorkerCounts.Length:N0} |"));
        }
        return 0;
    }

    /// <summary>Each row's round count and test, with the comparison's options that choose the test.</summary>
    private static IEnumerable<(int Rounds, RoundsTest Test, ComparisonOptions Options)> Candidates() =>
        from rounds in RoundCounts
        from test in Enum.GetValues<RoundsTest>()
        select (rounds, test, ComparisonOptions.Default with { RoundsTest = test });

    private static bool Flagged(BenchmarkDiff diff) => diff.Verdict is Verdict.Slower or Verdict.Faster;

    /// <summary>Whether the benchmark is one of the tenth that a change shifts (its index a multiple of 10).</summary>
    private static bool Shifted(BenchmarkDiff diff) => SyntheticResults.IndexOf(diff.Id) % 10 == 0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Simulations;

namespace ConcurrencyBenchmarks.Tests.Comparison;

/// <summary>
/// Verdicts on several rounds a side, on synthetic suites whose rounds drift by 0.1-8% per benchmark, as runs
/// minutes apart on a shared machine do (fixed seeds).
/// </summary>
public class RoundsTests
{
    private const int Benchmarks = 300;
    private static readonly ComparisonOptions Options = ComparisonOptions.Default;

    private static ComparisonReport Compare(IReadOnlyList<IReadOnlyDictionary<string, double[]>> @base, IReadOnlyList<IReadOnlyDictionary<string, double[]>> diff) =>
        ResultComparer.Compare(ResultSet.FromRounds(@base), ResultSet.FromRounds(diff), Options);

    private static int Flagged(ComparisonReport report) => report.Benchmarks.Count(b => b.Verdict is Verdict.Slower or Verdict.Faster);

    [Fact]
    public void Unchanged_rounds_that_drift_raise_almost_no_alarm_where_pooling_raises_many()
    {
        int inRounds = 0, pooled = 0;
        for (var pair = 0; pair < 5; pair++)
        {
            var @base = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 1000 + pair);
            var diff = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 2000 + pair);
            inRounds += Flagged(Compare(@base, diff));
            pooled += Flagged(ResultComparer.Compare(ResultSet.FromValues(ResultSet.FromRounds(@base).Benchmarks),
                ResultSet.FromValues(ResultSet.FromRounds(diff).Benchmarks), Options));
        }

        Assert.True(inRounds <= 2, $"{inRounds} of {5 * Benchmarks} unchanged benchmarks flagged");
        Assert.True(pooled >= 10, $"pooling flagged only {pooled}: the simulation lost its drift");
    }

    [Fact]
    public void A_consistent_10_percent_slowdown_is_found_where_the_rounds_are_steady_and_nothing_else_moves()
    {
        var @base = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 1001);
        var diff = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 3001, shift: (b, _) => b % 10 == 0 ? 1.10 : 1);

        var report = Compare(@base, diff);

        var shifted = report.Benchmarks.Where(b => Index(b) % 10 == 0).ToArray();
        var steady = shifted.Where(b => b.RoundSpread < 0.02).ToArray(); // rounds that vary far less than the change
        Assert.NotEmpty(steady);
        Assert.All(steady, b => Assert.Equal(Verdict.Slower, b.Verdict));
        Assert.True(report.Benchmarks.Count(b => Index(b) % 10 != 0 && b.Verdict != Verdict.Same) <= 3);
    }

    [Fact]
    public void At_three_rounds_a_side_every_doubling_is_found_however_far_its_rounds_drift()
    {
        // Two rounds a side missed some (docs/compare.md, "Rounds"): Welch's test on 2 and 2 has about one degree of freedom.
        var @base = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 1003);
        var diff = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 5003, shift: (b, _) => b % 10 == 0 ? 2.0 : 1);

        var doubled = Compare(@base, diff).Benchmarks.Where(b => Index(b) % 10 == 0).ToArray();

        Assert.Equal(Benchmarks / 10, doubled.Length);
        Assert.All(doubled, b => Assert.Equal(Verdict.Slower, b.Verdict));
    }

    [Fact]
    public void A_shift_in_one_round_only_is_not_a_change()
    {
        var @base = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 1002);
        var diff = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 3, seed: 4002, shift: (_, round) => round == 1 ? 1.30 : 1);

        Assert.True(Flagged(Compare(@base, diff)) <= 1);
    }

    [Fact]
    public void With_one_round_a_side_the_verdict_is_the_pooled_test_as_before()
    {
        var @base = SyntheticResults.Generate(40, 15, seed: 21);
        var diff = SyntheticResults.Generate(40, 15, seed: 22, shift: b => b < 4 ? 1.25 : 1);

        var report = ResultComparer.Compare(ResultSet.FromValues(@base), ResultSet.FromValues(diff), Options);

        Assert.Equal(4, report.Count(Verdict.Slower));
        Assert.All(report.Benchmarks, b => Assert.Null(b.RoundSpread));
    }

    private static int Index(BenchmarkDiff benchmark) => int.Parse(benchmark.Id.Substring(benchmark.Id.IndexOf("Case", StringComparison.Ordinal) + 4, 4));
}

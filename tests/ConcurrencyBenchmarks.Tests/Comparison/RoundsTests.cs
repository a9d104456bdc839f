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

        // The simulation's rate is 7 in 9,000 (docs/compare.md, "Rounds"): about 1 here; pooling flags about 25.
        Assert.True(inRounds <= 4, $"{inRounds} of {5 * Benchmarks} unchanged benchmarks flagged");
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

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_doubling_is_found_however_far_its_rounds_drift_also_at_two_rounds_a_side(int rounds)
    {
        var @base = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds, seed: 1003);
        var diff = SyntheticResults.GenerateRounds(Benchmarks, 10, rounds, seed: 5003, shift: (b, _) => b % 10 == 0 ? 2.0 : 1);

        var doubled = Compare(@base, diff).Benchmarks.Where(b => Index(b) % 10 == 0).ToArray();

        Assert.Equal(Benchmarks / 10, doubled.Length);
        Assert.All(doubled, b => Assert.Equal(Verdict.Slower, b.Verdict));
    }

    [Fact]
    public void At_two_rounds_a_side_Welchs_test_misses_doublings_that_Students_finds()
    {
        // Where one side's two rounds happen to agree, Welch's test is left with about one degree of freedom; Student's,
        // pooling both sides' spread, keeps two (docs/compare.md, "Rounds").
        int welch = 0, student = 0;
        for (var pair = 0; pair < 3; pair++)
        {
            var @base = ResultSet.FromRounds(SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 2, seed: 1000 + pair));
            var diff = ResultSet.FromRounds(SyntheticResults.GenerateRounds(Benchmarks, 10, rounds: 2, seed: 5000 + pair, shift: (b, _) => b % 10 == 0 ? 2.0 : 1));
            int Found(RoundsTest test) =>
                ResultComparer.Compare(@base, diff, Options with { RoundsTest = test }).Benchmarks.Count(b => Index(b) % 10 == 0 && b.Verdict == Verdict.Slower);
            welch += Found(RoundsTest.Welch);
            student += Found(RoundsTest.Student);
        }

        Assert.Equal(3 * Benchmarks / 10, student);
        Assert.True(welch < student, $"Welch's test found {welch} of {student} doublings");
    }

    [Fact]
    public void Students_test_pools_both_sides_spread_and_keeps_all_their_degrees_of_freedom()
    {
        // Means 4 and 2, each side's squared deviations 2: pooled variance 1, t = 2 / sqrt(2/3) = 2.449 on 4 degrees of freedom.
        double[] higher = [3, 4, 5], lower = [1, 2, 3];

        Assert.Equal(0.0352, OneSidedTTest.PValue(RoundsTest.Student, higher, lower), 4);
        Assert.Equal(1 - OneSidedTTest.PValue(RoundsTest.Student, higher, lower), OneSidedTTest.PValue(RoundsTest.Student, lower, higher), 10);
        // Equal spreads and sizes: Welch's estimate of the degrees of freedom is the same 4, and so is its p-value.
        Assert.Equal(OneSidedTTest.PValue(RoundsTest.Student, higher, lower), OneSidedTTest.PValue(RoundsTest.Welch, higher, lower), 6);
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

    private static int Index(BenchmarkDiff benchmark) => SyntheticResults.IndexOf(benchmark.Id);
}

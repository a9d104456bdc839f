using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Simulations;
using Perfolizer.Metrology;

namespace ConcurrencyBenchmarks.Tests.Comparison;

/// <summary>
/// The verdicts on synthetic result sets shaped like real measurements (noise of a few percent, outliers, one
/// benchmark in five bimodal): nothing flagged when nothing changed, every 25% regression caught.
/// </summary>
public class ComparisonStatisticsTests
{
    private static ComparisonReport Compare(int benchmarks, int values, int baseSeed, int diffSeed, Func<int, double>? shift = null,
        string threshold = "5%") =>
        ResultComparer.Compare(
            ResultSet.FromValues(SyntheticResults.Generate(benchmarks, values, baseSeed)),
            ResultSet.FromValues(SyntheticResults.Generate(benchmarks, values, diffSeed, shift)),
            ComparisonOptions.Default with { Threshold = Threshold.Parse(threshold) });

    [Theory]
    [InlineData(10, 1, 2)]
    [InlineData(15, 3, 4)]
    [InlineData(20, 5, 6)]
    public void Unchanged_benchmarks_raise_no_alarm(int values, int baseSeed, int diffSeed)
    {
        var report = Compare(benchmarks: 300, values, baseSeed, diffSeed);

        Assert.Empty(report.Slower);
        Assert.Empty(report.Faster);
        Assert.Equal(300, report.Count(Verdict.Same));
    }

    [Theory]
    [InlineData(10, 7, 8)]
    [InlineData(20, 9, 10)]
    public void Every_25_percent_regression_is_caught_and_nothing_else(int values, int baseSeed, int diffSeed)
    {
        static bool Regressed(int benchmark) => benchmark % 10 == 3;

        var report = Compare(benchmarks: 300, values, baseSeed, diffSeed, shift: b => Regressed(b) ? 1.25 : 1);

        var expected = Enumerable.Range(0, 300).Where(Regressed).Select(SyntheticResults.Id).Order();
        Assert.Equal(expected, report.Slower.Select(b => b.Id).Order());
        Assert.Empty(report.Faster);
        Assert.All(report.Slower, b => Assert.InRange(b.Ratio!.Value, 1.1, 1.6));
    }

    [Fact]
    public void A_25_percent_improvement_is_Faster()
    {
        var report = Compare(benchmarks: 100, values: 15, baseSeed: 11, diffSeed: 12, shift: b => b < 10 ? 0.8 : 1);

        Assert.Equal(Enumerable.Range(0, 10).Select(SyntheticResults.Id).Order(), report.Faster.Select(b => b.Id).Order());
        Assert.Empty(report.Slower);
        Assert.InRange(report.GeometricMeanRatio(Verdict.Faster)!.Value, 0.7, 0.9);
    }

    [Fact]
    public void A_uniform_2_percent_shift_is_Same_at_a_5_percent_threshold()
    {
        var report = Compare(benchmarks: 300, values: 20, baseSeed: 13, diffSeed: 14, shift: _ => 1.02);

        Assert.Equal(300, report.Count(Verdict.Same));
    }

    [Fact]
    public void A_difference_below_the_noise_floor_is_Same_however_significant()
    {
        double[] @base = [1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0, 1.01, 0.99, 1.0];
        var diff = @base.Select(v => v * 1.25).ToArray(); // 25% slower, but by a quarter of a nanosecond

        var tiny = ResultComparer.Compare("tiny", @base, diff, ComparisonOptions.Default);
        var noFloor = ResultComparer.Compare("tiny", @base, diff, ComparisonOptions.Default with { NoiseNanoseconds = 0 });

        Assert.Equal(Verdict.Same, tiny.Verdict);
        Assert.Equal(Verdict.Slower, noFloor.Verdict);
    }

    [Theory]
    [InlineData(100, Verdict.Same)]
    [InlineData(104, Verdict.Same)]    // within the 5% threshold
    [InlineData(130, Verdict.Slower)]
    [InlineData(70, Verdict.Faster)]
    public void Values_measured_identically_every_time_are_judged_by_the_threshold_alone(double diffValue, Verdict verdict)
    {
        double[] @base = [100, 100, 100, 100, 100];
        var diff = Enumerable.Repeat(diffValue, 5).ToArray();

        var result = ResultComparer.Compare("constant", @base, diff, ComparisonOptions.Default);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(diffValue - 100, result.Shift);
    }

    [Fact]
    public void A_bimodal_sample_is_marked()
    {
        var random = new Random(5);
        var bimodal = Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? 100.0 : 200.0) * (1 + 0.01 * random.NextDouble())).ToArray();
        var plain = Enumerable.Range(0, 20).Select(_ => 100.0 * (1 + 0.01 * random.NextDouble())).ToArray();

        Assert.Equal("bimodal", ResultComparer.Compare("b", plain, bimodal, ComparisonOptions.Default).Modality);
        Assert.Null(ResultComparer.Compare("p", plain, plain, ComparisonOptions.Default).Modality);
    }

    [Fact]
    public void Fewer_than_12_values_get_no_modality_mark_however_they_look()
    {
        var random = new Random(6);
        var bimodal = Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? 100.0 : 200.0) * (1 + 0.01 * random.NextDouble())).ToArray();
        var plain = Enumerable.Range(0, 10).Select(_ => 100.0 * (1 + 0.01 * random.NextDouble())).ToArray();

        Assert.Null(ResultComparer.Compare("b", plain, bimodal, ComparisonOptions.Default).Modality);
        Assert.Equal("bimodal", ResultComparer.Compare("b", [.. plain, .. plain[..2]], [.. bimodal, .. bimodal[..2]], ComparisonOptions.Default).Modality);
    }

    [Fact]
    public void Added_and_removed_benchmarks_are_named_as_such()
    {
        var @base = ResultSet.FromValues(new Dictionary<string, double[]> { ["A.B.Old"] = [1, 2, 3], ["A.B.Both"] = [5, 5, 5] });
        var diff = ResultSet.FromValues(new Dictionary<string, double[]> { ["A.B.New"] = [1, 2, 3], ["A.B.Both"] = [5, 5, 5] });

        var report = ResultComparer.Compare(@base, diff, ComparisonOptions.Default);

        Assert.Equal("faster: 0, slower: 0, same: 1, added: 1, removed: 1", report.SummaryLine);
        Assert.Equal(Verdict.Added, report.Benchmarks.Single(b => b.Id == "A.B.New").Verdict);
        Assert.Equal(Verdict.Removed, report.Benchmarks.Single(b => b.Id == "A.B.Old").Verdict);
    }
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Columns;

/// <summary>
/// How many times faster than one after another, with its interval: from the interleaved visits where the run made
/// them (counting), else Serial's median over this case's at the same worker count.
/// </summary>
public sealed class SpeedupColumn(RunEnvironment environment) : ScalingColumn(environment)
{
    /// <summary>For this process's processors; the suite makes one per run with the measured environment.</summary>
    public static SpeedupColumn Default => new(RunEnvironment.Current);

    public override int PriorityInCategory => 0;

    public override string Id => "Speedup";
    public override string ColumnName => "Speedup";
    public override string Legend =>
        $"Serial's time / this case's, at the same worker count, with its {ScalingMath.IntervalLevel:0%} interval in brackets: for work that computes (counting, mixed) the median of "
        + "the ratios within each interleaved visit (Serial and every strategy of the group measured one after another, in a random order); "
        + "for sleeping Serial's median over each of the case's own values, from BDN's sequential cases";
    public override UnitType UnitType => UnitType.Dimensionless;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) => ScalingMath.Speedup(result, all);

    protected override string Format(double value, SummaryStyle style) => value.ToString("0.00", CultureInfo.InvariantCulture);

    protected override string Format(CaseResult result, IReadOnlyCollection<CaseResult> all, double value, SummaryStyle style) =>
        ScalingMath.SpeedupInterval(result, all) is { HasInterval: true } interval
            ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00} ({interval.Lower:0.00}–{interval.Upper:0.00})")
            : Format(value, style);
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Columns;

/// <summary>Ideal / median as a percentage: 100% is the physical limit.</summary>
public sealed class EfficiencyColumn(RunEnvironment environment) : ScalingColumn(environment)
{
    /// <summary>For this process's processors; the suite makes one per run with the measured environment.</summary>
    public static EfficiencyColumn Default => new(RunEnvironment.Current);

    public override int PriorityInCategory => 2;

    public override string Id => "Efficiency";
    public override string ColumnName => "Efficiency";
    public override string Legend => "Ideal / median (for work that computes the median of the interleaved visits): 100% is the physical limit";
    public override UnitType UnitType => UnitType.Dimensionless;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) => ScalingMath.Efficiency(result, all);

    protected override string Format(double value, SummaryStyle style) =>
        (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

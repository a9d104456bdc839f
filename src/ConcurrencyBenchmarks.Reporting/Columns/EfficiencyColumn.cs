using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.Columns;

/// <summary>Ideal / mean as a percentage: 100% is the physical limit.</summary>
public sealed class EfficiencyColumn : ScalingColumn
{
    public static readonly EfficiencyColumn Default = new() { PriorityInCategory = 2 };

    public override string Id => "Efficiency";
    public override string ColumnName => "Efficiency";
    public override string Legend => "Ideal / mean: 100% is the physical limit";
    public override UnitType UnitType => UnitType.Dimensionless;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) => ScalingMath.Efficiency(result, all);

    protected override string Format(double value, SummaryStyle style) =>
        (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

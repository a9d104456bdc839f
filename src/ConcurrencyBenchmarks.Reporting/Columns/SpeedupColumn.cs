using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.Columns;

/// <summary>Serial mean / this mean at the same worker count: how many times faster than one after another.</summary>
public sealed class SpeedupColumn : ScalingColumn
{
    public static readonly SpeedupColumn Default = new() { PriorityInCategory = 0 };

    public override string Id => "Speedup";
    public override string ColumnName => "Speedup";
    public override string Legend => "Serial mean / this mean, at the same worker count";
    public override UnitType UnitType => UnitType.Dimensionless;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) => ScalingMath.Speedup(result, all);

    protected override string Format(double value, SummaryStyle style) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

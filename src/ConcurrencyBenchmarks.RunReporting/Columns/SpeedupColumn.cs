using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Columns;

/// <summary>Serial median / this median at the same worker count: how many times faster than one after another.</summary>
public sealed class SpeedupColumn(RunEnvironment environment) : ScalingColumn(environment)
{
    /// <summary>For this process's processors; the suite makes one per run with the measured environment.</summary>
    public static SpeedupColumn Default => new(RunEnvironment.Current);

    public override int PriorityInCategory => 0;

    public override string Id => "Speedup";
    public override string ColumnName => "Speedup";
    public override string Legend => "Serial median / this median, at the same worker count";
    public override UnitType UnitType => UnitType.Dimensionless;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) => ScalingMath.Speedup(result, all);

    protected override string Format(double value, SummaryStyle style) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Scaling;
using Perfolizer.Horology;

namespace ConcurrencyBenchmarks.Reporting.Columns;

/// <summary>The fastest time physics allows for the case (see <see cref="ScalingMath"/>).</summary>
public sealed class IdealColumn : ScalingColumn
{
    public static readonly IdealColumn Default = new() { PriorityInCategory = 1 };

    public override string Id => "Ideal";
    public override string ColumnName => "Ideal";
    public override string Legend => "The physical limit: OnlySleep N·d serially, d concurrently; CrunchNumbers N·t1 serially, t1·ceil(N/cores) in parallel";
    public override UnitType UnitType => UnitType.Time;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) => ScalingMath.IdealNanoseconds(result, all);

    protected override string Format(double value, SummaryStyle style)
    {
        var unit = style.TimeUnit ?? TimeUnit.Millisecond;
        var number = value / unit.BaseUnits;
        return style.PrintUnitsInContent
            ? $"{number.ToString("N1", CultureInfo.InvariantCulture)} {unit.Abbreviation}"
            : number.ToString("N1", CultureInfo.InvariantCulture);
    }
}

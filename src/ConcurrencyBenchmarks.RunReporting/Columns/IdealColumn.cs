using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using Perfolizer.Horology;

namespace ConcurrencyBenchmarks.RunReporting.Columns;

/// <summary>The fastest time physics allows for the case (see <see cref="ScalingMath"/>).</summary>
public sealed class IdealColumn(RunEnvironment environment) : ScalingColumn(environment)
{
    /// <summary>For this process's processors; the suite makes one per run with the measured environment.</summary>
    public static IdealColumn Default => new(RunEnvironment.Current);

    public override int PriorityInCategory => 1;

    public override string Id => "Ideal";
    public override string ColumnName => "Ideal";
    public override string Legend => "The physical limit: N·t1 serially, max(t1, N·c1/C) concurrently (the waits overlap, the computing shares the processors), with C the processors the run could use, t1 one worker's time (a sleep's duration as this machine's timer gives it, measured before the run, else the median per worker over the Serial cases, for work that computes their interleaved visits) and c1 its CPU time, from the Serial cases' busy cores capped at t1 (0 for a sleep, t1 for counting where not measured)";
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

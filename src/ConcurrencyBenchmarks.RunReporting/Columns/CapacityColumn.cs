using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Columns;

/// <summary>
/// A CPU-bound strategy's speed-up against what the machine delivered to the capacity probe at the same worker count:
/// 100% means the strategy used all the machine gave, whatever the nominal processor count promised.
/// </summary>
public sealed class CapacityColumn(RunEnvironment environment) : ScalingColumn(environment)
{
    public override int PriorityInCategory => 3;

    public override string Id => "OfCapacity";
    public override string ColumnName => "Of capacity";
    public override string Legend =>
        "Speedup / the speed-up the machine delivered to equal shares of counting at this worker count: 100% uses all the machine gives. "
        + "Measured beside the cases in each interleaved visit (the capacity probe's counting threads as one more slot), else by the probe before the run";
    public override UnitType UnitType => UnitType.Dimensionless;

    /// <summary>Only for counting, and only when the capacity was measured (by the probe, or beside the cases).</summary>
    public override bool IsAvailable(Summary summary) =>
        (Environment.Capacity is not null || Environment.Interleaved is not null) && SummaryCases.Of(summary, Environment).Values.Any(c => c.Workload is Workload.Crunch);

    protected override bool AppliesTo(CaseResult result) => result.Workload is Workload.Crunch && !result.IsSerial;

    protected override double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all) =>
        ScalingMath.OfCapacity(result, all, Environment.Capacity);

    protected override string Format(double value, SummaryStyle style) =>
        (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

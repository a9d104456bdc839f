using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Platform;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>
/// How many processors the case's own process tree kept busy while it ran (see <see cref="InterferenceMetric.BusyCores"/>):
/// a strategy short of its capacity with busy cores near C was slowed by the host; with busy cores well under C it left
/// cores idle. ? where the OS gives no process-tree times or the case was too short to tell.
/// </summary>
public sealed class BusyCoresColumn : IColumn
{
    public static readonly BusyCoresColumn Default = new();

    public string Id => "BusyCores";
    public string ColumnName => "Busy cores";
    public string Legend => InterferenceMetric.BusyCores.Legend
                            + $"; ? when the measured iterations took under {InterferenceSample.MinimumBusyWall.TotalMilliseconds:0} ms in all or this OS gives no process-tree times" + OsReaders.UnreadNote;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 9;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => InterferenceColumn.Default.IsAvailable(summary);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Of(summary[benchmarkCase]) is { } cores ? cores.ToString("0.00", CultureInfo.InvariantCulture) : "?";

    /// <summary>The case's busy cores, or null when they were not measured.</summary>
    public static double? Of(BenchmarkReport? report) =>
        report?.Metrics.TryGetValue(InterferenceMetric.BusyCores.Id, out var metric) == true ? metric.Value : null;

    public override string ToString() => ColumnName;
}

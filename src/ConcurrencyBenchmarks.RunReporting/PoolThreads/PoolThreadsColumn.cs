using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Platform;

namespace ConcurrencyBenchmarks.RunReporting.PoolThreads;

/// <summary>
/// The most thread-pool threads seen while the case ran, for the strategies that run on the pool: blocking waits
/// starve the pool, which adds threads only slowly, and this shows how far it had grown. <c>-</c> for strategies off
/// the pool, <c>?</c> where it was not measured (the OS's readers could not count the process's threads).
/// </summary>
public sealed class PoolThreadsColumn : IColumn
{
    public static readonly PoolThreadsColumn Default = new();

    public string Id => "PoolThreads";
    public string ColumnName => "Pool threads";
    public string Legend => PoolThreadsMetric.Instance.Legend + "; - for strategies off the thread pool, ? where not measured" + OsReaders.UnreadNote;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 8;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Config.GetDiagnosers().OfType<PoolThreadsDiagnoser>().Any());

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        !PoolThreadsDiagnoser.OnPool(benchmarkCase) ? "-"
        : Of(summary[benchmarkCase]) is { } threads ? threads.ToString(CultureInfo.InvariantCulture)
        : "?";

    /// <summary>The most pool threads the case saw, or null when they were not measured.</summary>
    public static int? Of(BenchmarkReport? report) =>
        report?.Metrics.TryGetValue(PoolThreadsMetric.Instance.Id, out var metric) == true ? (int)metric.Value : null;

    public override string ToString() => ColumnName;
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Platform;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>Other CPU plus steal while the case ran, marked when above the threshold; ? where the OS gives no machine-wide CPU times.</summary>
public sealed class InterferenceColumn : IColumn
{
    public static readonly InterferenceColumn Default = new();

    public string Id => "Interference";
    public string ColumnName => "Interference";
    public string Legend =>
        $"CPU time taken by other processes and the hypervisor (steal) while the case ran, as a share of all processors; {InterferenceLevel.Mark} above {InterferenceLevel.Threshold:0%}: re-run on a quiet machine; ? when the machine's counters, which count in clock ticks, gave the measured iterations under {InterferenceSample.MinimumTicks} ticks of all processors' time (half a second on 2 processors) or this OS gives no machine-wide CPU times" + OsReaders.UnreadNote;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    /// <summary>Shown where the interference diagnoser ran (it records nothing for a case it could not judge).</summary>
    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Config.GetDiagnosers().OfType<InterferenceDiagnoser>().Any());

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (InterferenceLevel.Of(report) is not { } share)
            return "?";
        var text = (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return InterferenceLevel.IsHigh(report) ? $"{text} {InterferenceLevel.Mark}" : text;
    }

    public override string ToString() => ColumnName;
}

using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.Charts;

/// <summary>
/// Writes, beside BDN's reports, two charts per workload as PNG and SVG: speed-up versus workers (one line per
/// strategy, plus the ideal) and time versus workers on log scales. Needs no R.
/// </summary>
public sealed class ScalingChartExporter(RunEnvironment environment) : IExporter
{
    /// <summary>For this process's processors, capacity not measured; the suite makes one per run with the measured environment.</summary>
    public static ScalingChartExporter Default => new(RunEnvironment.Current);

    public string Name => "scaling-charts";

    public void ExportToLog(Summary summary, ILogger logger)
    {
        // Pictures only: nothing to write to the log.
    }

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger logger)
    {
        var files = new List<string>();
        var all = ChartSeries.From(summary, environment);
        for (var i = 0; i < all.Count; i++)
        {
            var baseName = Path.Combine(summary.ResultsDirectoryPath, ReportNames.BaseName(summary) + (all.Count > 1 ? $"-{i + 1}" : ""));
            ScalingCharts.Save(ScalingCharts.Speedup(all[i]), baseName + "-speedup");
            ScalingCharts.Save(ScalingCharts.Time(all[i]), baseName + "-time");
            files.AddRange(from chart in new[] { "-speedup", "-time" } from ext in new[] { ".png", ".svg" } select baseName + chart + ext);
        }
        return files;
    }
}

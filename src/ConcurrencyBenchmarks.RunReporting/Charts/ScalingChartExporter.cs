using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Charts;

/// <summary>
/// Writes, beside BDN's reports, two charts per workload as PNG and SVG: speed-up versus workers (one line per
/// strategy, plus the ideal) and time versus workers on log scales. Needs no R.
/// </summary>
public sealed class ScalingChartExporter(RunEnvironment environment) : IExporter
{
    public string Name => "scaling-charts";

    public void ExportToLog(Summary summary, ILogger logger)
    {
        // Pictures only: nothing to write to the log.
    }

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger logger)
    {
        var files = new List<string>();
        foreach (var chart in ChartFiles.Of(summary, environment))
        {
            ScalingCharts.Save(ScalingCharts.Speedup(chart.Series, chart.Label), chart.SpeedupPath);
            ScalingCharts.Save(ScalingCharts.Time(chart.Series, chart.Label), chart.TimePath);
            files.AddRange(from path in new[] { chart.SpeedupPath, chart.TimePath } from ext in new[] { ".png", ".svg" } select path + ext);
        }
        return files;
    }
}

using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Dashboards;

/// <summary>
/// One case as the dashboards get it: its full ID (class, method and every parameter, as the suite's reports and
/// history key it), its median time with the interquartile range, and, in scaling, its speed-up over the baseline and
/// its efficiency against the physical limit.
/// </summary>
public sealed record DashboardCase(string Id, double Median, double LowerQuartile, double UpperQuartile, double? Speedup, double? Efficiency)
{
    /// <summary>Every case of the run that produced a result, in the order of the summaries.</summary>
    public static IReadOnlyList<DashboardCase> Of(IEnumerable<Summary> summaries, RunEnvironment environment)
    {
        var cases = new List<DashboardCase>();
        foreach (var summary in summaries)
        {
            var scaling = SummaryCases.Of(summary, environment);
            foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
            {
                var statistics = report.ResultStatistics!;
                var inScaling = scaling.TryGetValue(report.BenchmarkCase, out var result);
                cases.Add(new DashboardCase(FullNameProvider.GetBenchmarkName(report.BenchmarkCase), statistics.Median, statistics.Q1, statistics.Q3,
                    inScaling ? ScalingMath.Speedup(result!, scaling.Values) : null,
                    inScaling ? ScalingMath.Efficiency(result!, scaling.Values) : null));
            }
        }
        return cases;
    }
}

using ConcurrencyBenchmarks.RunReporting.Charts;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

public class ScalingChartsTests
{
    private static ChartPoint Point(int workers, double ms, double speedup) =>
        new(workers, (ms, ms * 0.9, ms * 1.2), (speedup, speedup / 1.2, speedup / 0.9));

    [Fact]
    public async Task A_zero_sleep_whose_ideal_is_zero_still_draws_on_a_log_scale()
    {
        // --sleep 0ms: the ideal is 0 ms, which a log scale cannot show; it once made the tick loop endless.
        var series = new ChartSeries("OnlySleep", "", new Workload.Sleep(0), [1, 2],
            [("Serial", [Point(1, 0.004, 1.0), Point(2, 0.006, 1.0)]), ("ProcessPool", [Point(1, 0.07, 0.06), Point(2, 0.09, 0.07)])],
            [(1, 0.0, 1.0), (2, 0.0, 2.0)], []);
        var folder = Directory.CreateTempSubdirectory("cb-charts-").FullName;
        try
        {
            await Task.Run(() => ScalingCharts.Save(ScalingCharts.Time(series), Path.Combine(folder, "time")))
                .WaitAsync(TimeSpan.FromSeconds(60)); // throws TimeoutException if drawing never ends

            Assert.True(new FileInfo(Path.Combine(folder, "time.png")).Length > 1000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

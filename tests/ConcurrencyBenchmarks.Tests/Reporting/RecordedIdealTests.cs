using System.Text.Json;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// The one ideal, fed what a real run recorded (each Serial case's median and busy cores, from the suite's full default
/// run), gives OnlySleep and CrunchNumbers the ideals they had before it: the sleep's duration at every worker count,
/// and Serial's time per worker times max(1, N/C).
/// </summary>
public class RecordedIdealTests
{
    private static readonly JsonElement Recorded =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reporting", "Data", "recorded-serial-cases.json"))).RootElement;

    private static readonly int Processors = Recorded.GetProperty("Processors").GetInt32();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(64)]
    public void OnlySleeps_ideal_is_its_sleep_at_every_worker_count(int workers)
    {
        var sleep = new Workload.Sleep(100e6);
        var (threads, all) = Group("OnlySleep", sleep, workers);

        Assert.True(ScalingMath.CpuShareMeasured(threads, all));
        Assert.InRange(ScalingMath.CpuShare(threads, all)!.Value, 0, 0.03);
        Assert.Equal(sleep.Nanoseconds, ScalingMath.IdealNanoseconds(threads, all)!.Value, sleep.Nanoseconds * 0.005);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    public void CrunchNumbers_ideal_is_serials_time_per_worker_times_N_over_C(int workers)
    {
        var (threads, all) = Group("CrunchNumbers", Workload.Crunch.Instance, workers);
        var perWorker = all.Where(c => c.IsSerial).Select(c => c.Timing!.Median / c.Workers).Order().ToArray()[all.Count(c => c.IsSerial) / 2];

        Assert.Equal(1, ScalingMath.CpuShare(threads, all)); // 1.00–1.01 cores busy, capped at one worker's
        Assert.Equal(perWorker * Math.Max(1, (double)workers / Processors), ScalingMath.IdealNanoseconds(threads, all)!.Value, perWorker * 1e-9);
    }

    /// <summary>The recorded Serial cases of a workload, and a Threads case at <paramref name="workers"/> beside them.</summary>
    private static (CaseResult Threads, CaseResult[] All) Group(string workload, Workload kind, int workers)
    {
        var serial = Recorded.GetProperty("Workloads").GetProperty(workload).GetProperty("Serial").EnumerateArray()
            .Select(c => new CaseResult(workload, "Serial", true, c.GetProperty("Workers").GetInt32(), Processors,
                Timing.Exactly(c.GetProperty("MedianNanoseconds").GetDouble()), kind) { BusyCores = c.GetProperty("BusyCores").GetDouble() })
            .ToArray();
        var threads = new CaseResult(workload, "Threads", false, workers, Processors, Timing.Exactly(100e6), kind);
        return (threads, [.. serial, threads]);
    }
}

using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>The physical limit, checked against numbers worked out by hand.</summary>
public class ScalingMathTests
{
    private const double Ms = 1e6;
    private static readonly Workload Sleep100 = new Workload.Sleep(100 * Ms);
    private static readonly Workload TwoCores = new Workload.Crunch(Cores: 2);

    private static CaseResult Case(string strategy, int workers, double? meanMs, Workload workload, string group = "g") =>
        new(group, strategy, strategy == "Serial", workers, meanMs * Ms, workload);

    [Fact]
    public void Speedup_is_serial_mean_over_this_mean_at_the_same_worker_count()
    {
        CaseResult[] all = [Case("Serial", 4, 400, Sleep100), Case("Threads", 4, 125, Sleep100), Case("Serial", 1, 100, Sleep100)];

        Assert.Equal(3.2, ScalingMath.Speedup(all[1], all)!.Value, 9);
        Assert.Equal(1.0, ScalingMath.Speedup(all[0], all)!.Value, 9);
    }

    [Fact]
    public void OnlySleep_ideal_is_N_times_d_serially_and_d_for_any_concurrent_strategy()
    {
        CaseResult[] all = [Case("Serial", 4, 401, Sleep100), Case("Threads", 4, 125, Sleep100), Case("Processes", 16, 400, Sleep100)];

        Assert.Equal(400 * Ms, ScalingMath.IdealNanoseconds(all[0], all));
        Assert.Equal(100 * Ms, ScalingMath.IdealNanoseconds(all[1], all));
        Assert.Equal(100 * Ms, ScalingMath.IdealNanoseconds(all[2], all));
        Assert.Equal(0.8, ScalingMath.Efficiency(all[1], all)!.Value, 9);   // 100 / 125
        Assert.Equal(0.25, ScalingMath.Efficiency(all[2], all)!.Value, 9);  // 100 / 400
    }

    [Fact]
    public void CrunchNumbers_ideal_is_t1_times_the_rounds_of_N_workers_over_C_cores()
    {
        CaseResult[] all =
        [
            Case("Serial", 1, 110, TwoCores), Case("Serial", 3, 340, TwoCores),
            Case("Threads", 1, 112, TwoCores), Case("Threads", 3, 250, TwoCores), Case("ParallelFor", 16, 1000, TwoCores),
        ];

        Assert.Equal(330 * Ms, ScalingMath.IdealNanoseconds(all[1], all)!.Value, 3);  // 3 x 110
        Assert.Equal(110 * Ms, ScalingMath.IdealNanoseconds(all[2], all)!.Value, 3);  // ceil(1/2) = 1 round
        Assert.Equal(220 * Ms, ScalingMath.IdealNanoseconds(all[3], all)!.Value, 3);  // ceil(3/2) = 2 rounds
        Assert.Equal(880 * Ms, ScalingMath.IdealNanoseconds(all[4], all)!.Value, 3);  // ceil(16/2) = 8 rounds
        Assert.Equal(0.88, ScalingMath.Efficiency(all[3], all)!.Value, 9);            // 220 / 250
        Assert.Equal(340.0 / 250, ScalingMath.Speedup(all[3], all)!.Value, 9);
    }

    [Fact]
    public void A_missing_case_gives_no_number_rather_than_a_wrong_one()
    {
        CaseResult[] noSerial = [Case("Threads", 4, 250, TwoCores), Case("Threads", 4, 125, Sleep100, group: "s")];
        CaseResult[] serialFailed = [Case("Serial", 1, null, TwoCores), Case("Threads", 2, 120, TwoCores)];

        Assert.Null(ScalingMath.Speedup(noSerial[0], noSerial));
        Assert.Null(ScalingMath.IdealNanoseconds(noSerial[0], noSerial));   // needs t1, the Serial 1-worker mean
        Assert.Null(ScalingMath.Efficiency(noSerial[0], noSerial));
        Assert.Equal(100 * Ms, ScalingMath.IdealNanoseconds(noSerial[1], noSerial)); // a sleep needs no measurement
        Assert.Null(ScalingMath.IdealNanoseconds(serialFailed[1], serialFailed));
    }

    [Fact]
    public void Cases_compare_only_within_their_group()
    {
        CaseResult[] all = [Case("Serial", 2, 200, Sleep100, group: "a"), Case("Threads", 2, 100, Sleep100, group: "b")];

        Assert.Null(ScalingMath.Speedup(all[1], all));
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 1.5)]
    [InlineData(16, 2.0)]
    public void The_ideal_speedup_of_counting_on_two_cores_is_N_over_its_rounds(int workers, double speedup) =>
        Assert.Equal(speedup, ScalingMath.IdealSpeedup(TwoCores, workers), 9);

    [Fact]
    public void The_ideal_speedup_of_sleeping_is_N() =>
        Assert.Equal(16, ScalingMath.IdealSpeedup(Sleep100, 16));
}

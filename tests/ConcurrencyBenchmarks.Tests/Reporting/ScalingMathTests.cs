using BenchmarkDotNet.Jobs;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>The physical limit, checked against numbers worked out by hand.</summary>
public class ScalingMathTests
{
    private const double Ms = 1e6;
    private static readonly Workload Sleep100 = new Workload.Sleep(100 * Ms);
    private static readonly Workload Crunch = Workload.Crunch.Instance;

    private static CaseResult Case(string strategy, int workers, double? medianMs, Workload workload, string group = "g", int processors = 2) =>
        new(group, strategy, strategy == "Serial", workers, processors, medianMs is { } ms ? Timing.Exactly(ms * Ms) : null, workload);

    [Fact]
    public void Speedup_is_serial_median_over_this_median_at_the_same_worker_count()
    {
        CaseResult[] all = [Case("Serial", 4, 400, Sleep100), Case("Threads", 4, 125, Sleep100), Case("Serial", 1, 100, Sleep100)];

        Assert.Equal(3.2, ScalingMath.Speedup(all[1], all)!.Value, 9);
        Assert.Equal(1.0, ScalingMath.Speedup(all[0], all)!.Value, 9);
    }

    [Fact]
    public void Speedup_and_efficiency_use_the_median_not_the_mean()
    {
        // One slow value pulls the mean (about 180 ms) but not the median (100 ms).
        var threads = new CaseResult("g", "Threads", false, 2, 2, new Timing(100 * Ms, 99 * Ms, 102 * Ms), Crunch);
        CaseResult[] all = [Case("Serial", 1, 100, Crunch), Case("Serial", 2, 200, Crunch), threads];

        Assert.Equal(2.0, ScalingMath.Speedup(threads, all)!.Value, 9);
        Assert.Equal(1.0, ScalingMath.Efficiency(threads, all)!.Value, 9);
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

    [Theory]
    [InlineData(1, 100.0)]   // N < C: one worker takes t1
    [InlineData(2, 100.0)]   // N = C: each on its own processor
    [InlineData(3, 150.0)]   // N not a multiple of C: time-sliced, t1·3/2 (ceil would say 200)
    [InlineData(4, 200.0)]
    [InlineData(16, 800.0)]
    public void CrunchNumbers_concurrent_ideal_is_t1_times_max_of_1_and_N_over_C(int workers, double idealMs)
    {
        CaseResult[] all = [Case("Serial", 1, 100, Crunch), Case("Serial", 4, 400, Crunch), Case("Threads", workers, 250, Crunch)];

        Assert.Equal(idealMs * Ms, ScalingMath.IdealNanoseconds(all[2], all)!.Value, 3);
        Assert.Equal(idealMs / 250, ScalingMath.Efficiency(all[2], all)!.Value, 9);
    }

    [Fact]
    public void Three_workers_on_two_processors_at_one_and_a_half_t1_are_fully_efficient()
    {
        // Measured on a 2-processor machine: 3 workers of 10^7 took 7.49 ms on Threads with t1 = 5.00 ms.
        CaseResult[] all = [Case("Serial", 1, 5.00, Crunch), Case("Serial", 3, 15.0, Crunch), Case("Threads", 3, 7.49, Crunch)];

        Assert.Equal(7.5 / 7.49, ScalingMath.Efficiency(all[2], all)!.Value, 9);
    }

    [Fact]
    public void CrunchNumbers_serial_ideal_is_N_times_t1()
    {
        CaseResult[] all = [Case("Serial", 1, 110, Crunch), Case("Serial", 3, 330, Crunch), Case("Serial", 8, 880, Crunch)];

        Assert.Equal(330 * Ms, ScalingMath.IdealNanoseconds(all[1], all)!.Value, 3);
        Assert.Equal(1.0, ScalingMath.Efficiency(all[2], all)!.Value, 9);
    }

    [Fact]
    public void t1_is_the_median_per_worker_over_every_serial_case_so_one_slow_case_does_not_move_it()
    {
        // Serial with one worker ran while the host was busy (160 ms); the others say 100 ms per worker.
        CaseResult[] all =
        [
            Case("Serial", 1, 160, Crunch), Case("Serial", 2, 200, Crunch), Case("Serial", 4, 404, Crunch), Case("Serial", 8, 796, Crunch),
            Case("Serial", 16, 1600, Crunch), Case("Threads", 2, 100, Crunch),
        ];

        Assert.Equal(100 * Ms, ScalingMath.OneWorkerNanoseconds(all[5], all)!.Value, 3);
        Assert.Equal(1.0, ScalingMath.Efficiency(all[5], all)!.Value, 9);
        Assert.Equal(1.0, ScalingMath.Efficiency(all[1], all)!.Value, 9);
        Assert.Equal(100.0 / 160, ScalingMath.Efficiency(all[0], all)!.Value, 9); // the slow case shows as slow, not as the yardstick
    }

    [Fact]
    public void t1_exists_without_the_one_worker_case()
    {
        CaseResult[] all = [Case("Serial", 4, 400, Crunch), Case("Serial", 8, 800, Crunch), Case("Threads", 4, 200, Crunch)];

        Assert.Equal(100 * Ms, ScalingMath.OneWorkerNanoseconds(all[2], all)!.Value, 3);
        Assert.Equal(200 * Ms, ScalingMath.IdealNanoseconds(all[2], all)!.Value, 3);
    }

    [Fact]
    public void A_missing_case_gives_no_number_rather_than_a_wrong_one()
    {
        CaseResult[] noSerial = [Case("Threads", 4, 250, Crunch), Case("Threads", 4, 125, Sleep100, group: "s")];
        CaseResult[] serialFailed = [Case("Serial", 1, null, Crunch), Case("Threads", 2, 120, Crunch)];

        Assert.Null(ScalingMath.Speedup(noSerial[0], noSerial));
        Assert.Null(ScalingMath.IdealNanoseconds(noSerial[0], noSerial));   // needs t1, from the Serial cases
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
    [InlineData(3, 2.0)]
    [InlineData(16, 2.0)]
    public void The_ideal_speedup_of_counting_on_two_processors_is_the_smaller_of_N_and_C(int workers, double speedup) =>
        Assert.Equal(speedup, ScalingMath.IdealSpeedup(Crunch.DeclaredShare!.Value, workers, processors: 2), 9);

    [Fact]
    public void The_ideal_speedup_of_sleeping_is_N() =>
        Assert.Equal(16, ScalingMath.IdealSpeedup(Sleep100.DeclaredShare!.Value, 16, processors: 2));

    [Fact]
    public void C_is_the_runs_processors_or_fewer_when_the_job_restricts_affinity()
    {
        var environment = new RunEnvironment(Processors: 8, Capacity: null);

        Assert.Equal(8, SummaryCases.Processors(environment, Job.Default));
        Assert.Equal(1, SummaryCases.Processors(environment, Job.Default.WithAffinity(1)));
        Assert.Equal(2, SummaryCases.Processors(environment, Job.Default.WithAffinity(0b1010)));
    }
}

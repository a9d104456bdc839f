using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// The one ideal, max(t1, N·c1/C), over every CPU share from only waiting to only computing and every worker count from
/// 1 to 64: it is what the two extremes' ideals were, it never promises more than either bound allows, and it moves the
/// way physics does.
/// </summary>
public class OneIdealTests
{
    private const double Ms = 1e6;
    private const double T1 = 100 * Ms;

    public static TheoryData<double, int> SharesAndProcessors()
    {
        var data = new TheoryData<double, int>();
        foreach (var share in new[] { 0, 0.01, 0.1, 0.25, 0.38, 0.5, 0.62, 0.75, 0.9, 0.99, 1 })
        foreach (var processors in new[] { 1, 2, 3, 16 })
            data.Add(share, processors);
        return data;
    }

    /// <summary>A Mixed group whose Serial cases took t1 per worker with the given busy cores, and one concurrent case at N.</summary>
    private static (CaseResult Concurrent, CaseResult[] All) Group(double busyCores, int workers, int processors)
    {
        CaseResult Serial(int n) => new("g", "Serial", true, n, processors, Timing.Exactly(n * T1), Workload.Mixed.Unknown) { BusyCores = busyCores };
        var threads = new CaseResult("g", "Threads", false, workers, processors, Timing.Exactly(T1), Workload.Mixed.Unknown);
        return (threads, [Serial(1), Serial(4), threads]);
    }

    [Theory]
    [MemberData(nameof(SharesAndProcessors))]
    public void For_every_N_from_1_to_64_the_ideal_is_t1_times_the_larger_of_1_and_N_c1_over_C(double share, int processors)
    {
        for (var workers = 1; workers <= 64; workers++)
        {
            var (concurrent, all) = Group(share, workers, processors);
            var ideal = ScalingMath.IdealNanoseconds(concurrent, all)!.Value;

            Assert.Equal(Math.Max(T1, workers * share * T1 / processors) / Ms, ideal / Ms, 6);
            Assert.InRange(ideal, T1 * (1 - 1e-12), workers * T1 * (1 + 1e-12)); // never below one worker's time, never above Serial's
            Assert.Equal(workers * T1 / ideal, ScalingMath.IdealSpeedup(share, workers, processors), 9);
        }
    }

    [Theory]
    [MemberData(nameof(SharesAndProcessors))]
    public void More_workers_never_lower_the_ideal_and_never_raise_its_speedup_above_N_or_C_over_s(double share, int processors)
    {
        var previous = 0.0;
        for (var workers = 1; workers <= 64; workers++)
        {
            var (concurrent, all) = Group(share, workers, processors);
            var ideal = ScalingMath.IdealNanoseconds(concurrent, all)!.Value;
            var speedup = ScalingMath.IdealSpeedup(share, workers, processors);

            Assert.True(ideal >= previous);
            Assert.True(speedup <= workers + 1e-9);
            if (share > 0)
                Assert.True(speedup <= processors / share + 1e-9);
            previous = ideal;
        }
    }

    [Theory]
    [MemberData(nameof(SharesAndProcessors))]
    public void The_long_phases_bound_lies_between_the_ideal_and_serial_and_adds_the_wait_past_the_knee(double share, int processors)
    {
        for (var workers = 1; workers <= 64; workers++)
        {
            var (concurrent, all) = Group(share, workers, processors);
            var ideal = ScalingMath.IdealNanoseconds(concurrent, all)!.Value;
            var longPhases = ScalingMath.LongPhasesNanoseconds(concurrent, all)!.Value;

            Assert.InRange(longPhases, ideal * (1 - 1e-12), workers * T1 * (1 + 1e-12));
            if (workers * share >= processors)
                Assert.Equal(ideal + (1 - share) * T1, longPhases, 3); // the last worker's wait cannot overlap anything
        }
    }

    [Fact]
    public void Four_workers_of_one_long_count_and_one_long_sleep_on_two_processors_cannot_beat_one_and_a_half_t1()
    {
        var (concurrent, all) = Group(busyCores: 0.5, workers: 4, processors: 2);

        Assert.Equal(1.0 * T1, ScalingMath.IdealNanoseconds(concurrent, all)!.Value, 3);  // short slices: all of it overlaps
        Assert.Equal(1.5 * T1, ScalingMath.LongPhasesNanoseconds(concurrent, all)!.Value, 3);
    }

    [Fact]
    public void Half_counting_on_two_processors_doubles_its_ideal_from_4_to_8_workers()
    {
        var at4 = Group(0.5, 4, 2);
        var at8 = Group(0.5, 8, 2);

        Assert.Equal(2 * ScalingMath.IdealNanoseconds(at4.Concurrent, at4.All)!.Value, ScalingMath.IdealNanoseconds(at8.Concurrent, at8.All)!.Value, 3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(64)]
    public void At_the_two_extremes_it_is_the_sleep_ideal_and_the_counting_ideal(int workers)
    {
        var sleeping = Group(0, workers, 2);
        var counting = Group(1, workers, 2);

        Assert.Equal(T1, ScalingMath.IdealNanoseconds(sleeping.Concurrent, sleeping.All)!.Value, 6);
        Assert.Equal(T1 * Math.Max(1, workers / 2.0), ScalingMath.IdealNanoseconds(counting.Concurrent, counting.All)!.Value, 6);
    }

    [Fact]
    public void Busy_cores_over_one_count_as_one_and_the_median_serial_case_decides()
    {
        CaseResult Serial(int n, double busy) => new("g", "Serial", true, n, 2, Timing.Exactly(n * T1), Workload.Crunch.Instance) { BusyCores = busy };
        var threads = new CaseResult("g", "Threads", false, 8, 2, Timing.Exactly(4 * T1), Workload.Crunch.Instance);
        CaseResult[] all = [Serial(1, 1.04), Serial(2, 1.02), Serial(4, 0.40), threads]; // one case read while the host took the processor

        Assert.Equal(1.0, ScalingMath.CpuShare(threads, all)!.Value, 9);
        Assert.True(ScalingMath.CpuShareMeasured(threads, all));
        Assert.Equal(4 * T1, ScalingMath.IdealNanoseconds(threads, all)!.Value, 3);
    }

    [Fact]
    public void Without_busy_cores_the_share_is_the_workloads_own_and_a_users_unknown_share_gives_no_ideal()
    {
        var mixed = new CaseResult("g", "Threads", false, 8, 2, Timing.Exactly(T1), new Workload.Mixed(0.25));
        var own = new CaseResult("o", "Threads", false, 8, 2, Timing.Exactly(T1), Workload.Mixed.Unknown);
        CaseResult[] all =
        [
            new("g", "Serial", true, 1, 2, Timing.Exactly(T1), new Workload.Mixed(0.25)), mixed,
            new("o", "Serial", true, 1, 2, Timing.Exactly(T1), Workload.Mixed.Unknown), own,
        ];

        Assert.False(ScalingMath.CpuShareMeasured(mixed, all));
        Assert.Equal(T1, ScalingMath.IdealNanoseconds(mixed, all)!.Value, 3); // 8·0.25/2 = 1
        Assert.Null(ScalingMath.IdealNanoseconds(own, all));
    }
}

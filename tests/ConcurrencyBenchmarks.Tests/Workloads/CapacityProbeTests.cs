using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.Tests.Workloads;

/// <summary>The machine's delivered capacity: the probe on this machine, and the bound it gives, by hand.</summary>
public class CapacityProbeTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(60);

    [Fact]
    public void On_one_processor_the_probe_measures_one_thread_against_itself()
    {
        var capacity = CapacityProbe.Measure(processors: 1, threadCounts: [1, 4], step: Short, rounds: 1);

        var only = Assert.Single(capacity.Steps);
        Assert.Equal((1, 1.0, 1.0), (only.Threads, only.TotalSpeedup, only.SlowestShare));
        Assert.Equal(1.0, capacity.SpeedupBound(1));
        Assert.Equal(1.0, capacity.SpeedupBound(4)); // time-sliced on the one processor
    }

    [Fact]
    public void On_all_processors_the_numbers_are_in_range()
    {
        var processors = Environment.ProcessorCount;
        var capacity = CapacityProbe.Measure(processors, threadCounts: [2, 64], step: Short, rounds: 2);

        Assert.Equal([.. new[] { 1, 2, processors }.Where(k => k <= processors).Distinct().Order()], capacity.Steps.Select(s => s.Threads));
        var all = capacity.AtAllProcessors!;
        // Shared machines deliver less than a full core per processor; no machine delivers much more.
        Assert.InRange(all.TotalSpeedup, 0.3, processors * 1.3);
        Assert.InRange(all.SlowestShare, 0.05, 1.0);
        Assert.Equal(all.TotalSpeedup * all.SlowestShare, capacity.SpeedupBound(processors)!.Value, 9);
        Assert.Matches($"^{processors} processors? deliver", capacity.Describe());
    }

    [Fact]
    public void Every_thread_counts_for_the_same_time_so_a_count_is_its_throughput()
    {
        var counts = CapacityProbe.Count(threads: 2, Short);

        Assert.Equal(2, counts.Length);
        Assert.All(counts, c => Assert.True(c > 0, "a thread counted nothing"));
    }

    [Fact]
    public void The_bound_is_the_equal_share_speedup_up_to_C_and_the_total_beyond()
    {
        // 16 processors that together deliver 12x, the slowest at 71% of the mean: equal shares reach 8.52x.
        var capacity = new MachineCapacity(16,
            [new CapacityStep(1, 1.0, 1.0), new CapacityStep(4, 3.9, 0.95), new CapacityStep(16, 12.0, 0.71)]);

        Assert.Equal(3.9 * 0.95, capacity.SpeedupBound(4)!.Value, 9);
        Assert.Equal(12.0 * 0.71, capacity.SpeedupBound(16)!.Value, 9);
        Assert.Equal(12.0, capacity.SpeedupBound(24)!.Value, 9);
        Assert.Null(capacity.SpeedupBound(8)); // not probed: no guess
        Assert.Equal("16 processors deliver 12.0× one processor's counting throughput; the slowest runs at 71% of the mean, "
                     + "so equal shares can reach at most 8.5×", capacity.Describe());
    }

    [Fact]
    public void A_capacity_measured_beside_a_busy_neighbour_says_it_is_not_to_be_trusted()
    {
        var steps = new[] { new CapacityStep(1, 1.0, 1.0), new CapacityStep(2, 1.4, 0.94) };
        var quiet = new MachineCapacity(2, steps) { Interference = 0.01 };
        var busy = quiet with { Interference = 0.25 };

        Assert.DoesNotContain("not to be trusted", quiet.Describe());
        Assert.EndsWith("(measured while others took 25% of the machine: not to be trusted; re-run on a quiet machine)", busy.Describe());
    }
}

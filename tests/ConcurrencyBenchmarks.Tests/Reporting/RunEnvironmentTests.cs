using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>The capacity before and after the benchmarks: a host that changed under the run is said to have.</summary>
public class RunEnvironmentTests
{
    private static MachineCapacity Capacity(double total, double slowest) =>
        new(2, [new CapacityStep(1, 1.0, 1.0), new CapacityStep(2, total, slowest)]);

    [Fact]
    public void A_capacity_that_held_says_so_with_both_readings()
    {
        var environment = new RunEnvironment(2, Capacity(2.0, 0.97)) { CapacityAfter = Capacity(1.9, 0.95) };

        Assert.Equal("The machine's capacity held during the run (2.0× in total and 1.9× for equal shares before the benchmarks, 1.9× and 1.8× after)",
            environment.DescribeChange());
    }

    [Theory]
    [InlineData(1.2, 0.97)] // the host took most of a processor away
    [InlineData(2.0, 0.60)] // one processor slowed down: the total held, equal shares did not
    public void A_capacity_that_changed_beyond_15_percent_warns_that_cpu_bound_cases_are_not_to_be_trusted(double total, double slowest)
    {
        var environment = new RunEnvironment(2, Capacity(2.0, 0.97)) { CapacityAfter = Capacity(total, slowest) };

        Assert.StartsWith("The machine's capacity changed during the run (", environment.DescribeChange());
        Assert.EndsWith("CPU-bound cases measured in between are not to be trusted; re-run on a quieter machine", environment.DescribeChange());
    }

    [Fact]
    public void Without_a_second_reading_there_is_nothing_to_say()
    {
        Assert.Null(new RunEnvironment(2, Capacity(2.0, 0.97)).DescribeChange());
        Assert.Null(RunEnvironment.Current.DescribeChange());
    }
}

using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Capacity.Linux;

namespace ConcurrencyBenchmarks.Tests.Workloads;

/// <summary>The machine's layout as /sys gives it, and what the capacity probe says of SMT.</summary>
public class MachineTopologyTests : IDisposable
{
    private readonly TemporaryFolder _sys = new("cb-sys-");

    /// <summary>A /sys/devices/system with one processor per (package, core) given; null core: an offline processor.</summary>
    private string System((int Package, int Core)?[] cpus, int numaNodes)
    {
        for (var i = 0; i < cpus.Length; i++)
        {
            var cpu = Path.Combine(_sys.Path, "cpu", $"cpu{i}");
            Directory.CreateDirectory(cpu);
            if (cpus[i] is not { } place)
                continue;
            Directory.CreateDirectory(Path.Combine(cpu, "topology"));
            File.WriteAllText(Path.Combine(cpu, "topology", "physical_package_id"), $"{place.Package}\n");
            File.WriteAllText(Path.Combine(cpu, "topology", "core_id"), $"{place.Core}\n");
        }
        Directory.CreateDirectory(Path.Combine(_sys.Path, "cpu", "cpufreq")); // not a processor
        for (var node = 0; node < numaNodes; node++)
            Directory.CreateDirectory(Path.Combine(_sys.Path, "node", $"node{node}"));
        return _sys.Path;
    }

    [Fact]
    public void Two_threads_on_each_core_read_as_SMT_and_offline_processors_are_left_out()
    {
        // Linux numbers the second thread of each core after all the first ones: cpu0-3 cores 0-3, cpu4-7 again.
        var sys = System([(0, 0), (0, 1), (1, 0), (1, 1), (0, 0), (0, 1), (1, 0), (1, 1), null], numaNodes: 2);

        var topology = LinuxTopology.Read(sys)!;

        Assert.Equal(new MachineTopology(8, 4, 2, 2), topology);
        Assert.Equal(2, topology.ThreadsPerCore);
        Assert.True(topology.HasSmt);
        Assert.Equal("8 logical processors on 4 physical cores (2 threads per core: SMT), 2 sockets, 2 NUMA nodes", topology.Describe());
    }

    [Fact]
    public void One_thread_per_core_is_no_SMT_and_a_missing_node_folder_leaves_NUMA_unknown()
    {
        var topology = LinuxTopology.Read(System([(0, 0), (0, 1)], numaNodes: 0))!;

        Assert.False(topology.HasSmt);
        Assert.Equal("2 logical processors on 2 physical cores (1 thread per core), 1 socket, NUMA nodes not known", topology.Describe());
    }

    [Fact]
    public void Without_the_folder_there_is_no_topology()
    {
        Assert.Null(LinuxTopology.Read(Path.Combine(_sys.Path, "missing")));
    }

    [RequiresSysFact]
    public void This_machine_lays_out_at_least_the_processors_this_process_may_use()
    {
        var topology = LinuxTopology.Read()!;

        Assert.True(topology.LogicalProcessors >= Environment.ProcessorCount);
        Assert.InRange(topology.PhysicalCores, 1, topology.LogicalProcessors);
    }

    [Fact]
    public void With_SMT_the_capacity_says_what_one_thread_per_core_delivered_against_two()
    {
        var smt = new MachineTopology(16, 8, 1, 1);
        var capacity = new MachineCapacity(16, [new CapacityStep(1, 1, 1), new CapacityStep(8, 7.6, 0.98), new CapacityStep(16, 12.0, 0.9)]);

        Assert.Equal("8 threads, one per physical core, delivered 7.6× (0.95 of one thread alone each); "
                     + "16, 2 per core, 12.0× (0.75 each): 16 processors are 8 cores, each slower when its threads share it",
            capacity.DescribeSharedCores(smt));
        Assert.Null(capacity.DescribeSharedCores(new MachineTopology(16, 16, 1, 1)));   // no SMT
        Assert.Null(capacity.DescribeSharedCores(new MachineTopology(32, 16, 1, 1)));   // the run may use half the machine
        Assert.Null(new MachineCapacity(16, [new CapacityStep(1, 1, 1), new CapacityStep(16, 12.0, 0.9)]).DescribeSharedCores(smt)); // 8 not probed
    }

    public void Dispose() => _sys.Dispose();
}

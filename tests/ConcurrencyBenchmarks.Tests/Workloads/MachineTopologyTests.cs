using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Capacity.Linux;
using ConcurrencyBenchmarks.Workloads.Capacity.MacOS;

namespace ConcurrencyBenchmarks.Tests.Workloads;

/// <summary>The machine's layout as /sys and macOS's kernel give it, its kinds of core, and what the capacity probe says of SMT.</summary>
public class MachineTopologyTests : IDisposable
{
    private readonly TemporaryFolder _sys = new("cb-sys-");

    /// <summary>A /sys/devices/system with one processor per (package, core) given; null core: an offline processor.</summary>
    private string System((int Package, int Core)?[] cpus, int numaNodes)
    {
        var system = Path.Combine(_sys.Path, "system");
        for (var i = 0; i < cpus.Length; i++)
        {
            var cpu = Path.Combine(system, "cpu", $"cpu{i}");
            Directory.CreateDirectory(cpu);
            if (cpus[i] is not { } place)
                continue;
            Directory.CreateDirectory(Path.Combine(cpu, "topology"));
            File.WriteAllText(Path.Combine(cpu, "topology", "physical_package_id"), $"{place.Package}\n");
            File.WriteAllText(Path.Combine(cpu, "topology", "core_id"), $"{place.Core}\n");
        }
        Directory.CreateDirectory(Path.Combine(system, "cpu", "cpufreq")); // not a processor
        for (var node = 0; node < numaNodes; node++)
            Directory.CreateDirectory(Path.Combine(system, "node", $"node{node}"));
        return system;
    }

    /// <summary>Writes a file of every processor's folder: cpu<i>i</i>/<paramref name="name"/> holds <paramref name="values"/>[<i>i</i>].</summary>
    private static void EachCpu(string system, string name, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
            File.WriteAllText(Path.Combine(system, "cpu", $"cpu{i}", name), values[i] + "\n");
    }

    /// <summary>An Intel hybrid processor's kind of core beside the system folder, as /sys/devices/cpu_core/cpus lists it.</summary>
    private void HybridKind(string kind, string cpus)
    {
        Directory.CreateDirectory(Path.Combine(_sys.Path, kind));
        File.WriteAllText(Path.Combine(_sys.Path, kind, "cpus"), cpus + "\n");
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
        Assert.Null(topology.CoreKinds); // no cpu_core and cpu_atom folders: one kind of core
    }

    [Fact]
    public void An_intel_hybrid_processor_names_how_many_logical_processors_each_kind_of_core_has()
    {
        // Two performance cores with two threads each (cpu0-3), then two efficiency cores (cpu4-5).
        var sys = System([(0, 0), (0, 0), (0, 1), (0, 1), (0, 8), (0, 9)], numaNodes: 1);
        HybridKind("cpu_core", "0-3");
        HybridKind("cpu_atom", "4-5");

        var topology = LinuxTopology.Read(sys)!;

        Assert.Equal("4 logical processors on performance cores and 2 on efficiency cores: the ideal counts them alike, the capacity measures what they deliver",
            topology.CoreKinds);
        Assert.EndsWith($"1 NUMA node; {topology.CoreKinds}", topology.Describe());
    }

    [Fact]
    public void An_arm_processor_of_two_clusters_is_told_by_its_core_lists_and_its_big_and_little_cores_by_their_capacity()
    {
        // Two clusters of four, each numbering its cores 0-3, as ARM's topology does: core ids alone would read 4 cores of 2 threads.
        var sys = System([(0, 0), (0, 1), (0, 2), (0, 3), (0, 0), (0, 1), (0, 2), (0, 3)], numaNodes: 1);
        EachCpu(sys, "topology/core_cpus_list", "0", "1", "2", "3", "4", "5", "6", "7");
        EachCpu(sys, "cpu_capacity", "1024", "1024", "1024", "1024", "446", "446", "446", "446");

        var topology = LinuxTopology.Read(sys)!;

        Assert.Equal(new MachineTopology(8, 8, 1, 1, "4 logical processors on performance cores and 4 on efficiency cores"
                                                  + ": the ideal counts them alike, the capacity measures what they deliver"), topology);
        Assert.False(topology.HasSmt);
    }

    [Fact]
    public void An_older_kernels_thread_siblings_tell_the_cores_and_capacities_within_a_tenth_name_no_kinds()
    {
        var sys = System([(0, 0), (0, 1), (0, 0), (0, 1)], numaNodes: 1);
        EachCpu(sys, "topology/thread_siblings_list", "0,2", "1,3", "0,2", "1,3");
        EachCpu(sys, "cpu_capacity", "1024", "980", "1024", "980");

        var topology = LinuxTopology.Read(sys)!;

        Assert.Equal(new MachineTopology(4, 2, 1, 1), topology);
        Assert.Equal("3 logical processors on performance cores and 2 on capacity 512 cores and 1 on efficiency cores"
                     + ": the ideal counts them alike, the capacity measures what they deliver",
            CoreKinds.DescribeRanked([(512, 2), (1024, 3), (160, 1)], "capacity"));
    }

    [Fact]
    public void Apple_silicon_names_its_performance_and_efficiency_cores_and_one_kind_names_none()
    {
        var m1 = MacTopology.From(logical: 8, physical: 8, packages: 1, [("Performance", 4), ("Efficiency", 4)])!;
        var intel = MacTopology.From(logical: 8, physical: 4, packages: 1, [])!;

        Assert.Equal(new MachineTopology(8, 8, 1, null,
            "4 logical processors on performance cores and 4 on efficiency cores: the ideal counts them alike, the capacity measures what they deliver"), m1);
        Assert.Equal("8 logical processors on 4 physical cores (2 threads per core: SMT), 1 socket, NUMA nodes not known", intel.Describe());
        Assert.Null(MacTopology.From(0, 0, 1, []));
        Assert.Null(CoreKinds.Describe([("performance", 8), ("efficiency", 0)])); // a kind with no processors is no second kind
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

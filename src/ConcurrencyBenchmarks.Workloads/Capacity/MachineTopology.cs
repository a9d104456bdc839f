namespace ConcurrencyBenchmarks.Workloads.Capacity;

/// <summary>
/// How the OS lays out the machine's processors: logical processors on physical cores (more than one per core with
/// SMT, where the threads of a core share its execution units), sockets and NUMA nodes. A speed-up below the processor
/// count may be the cores' shared execution units rather than the strategy; this says whether that can be.
/// </summary>
/// <param name="NumaNodes">Null where the OS does not say (BDN's host information has no NUMA count).</param>
/// <param name="CoreKinds">
/// Where the cores are of more than one kind (Apple silicon's performance and efficiency cores, Intel's hybrid
/// processors), how many logical processors each kind has (<see cref="Capacity.CoreKinds"/>); null where they are
/// all alike or the OS does not say.
/// </param>
public sealed record MachineTopology(int LogicalProcessors, int PhysicalCores, int Sockets, int? NumaNodes, string? CoreKinds = null)
{
    /// <summary>Logical processors per physical core: 2 with SMT (Hyper-Threading) on, 1 without.</summary>
    public int ThreadsPerCore => PhysicalCores > 0 ? Math.Max(1, (int)Math.Round((double)LogicalProcessors / PhysicalCores)) : 1;

    public bool HasSmt => ThreadsPerCore > 1;

    /// <summary>e.g. "16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node".</summary>
    public string Describe() =>
        $"{LogicalProcessors} logical processor{S(LogicalProcessors)} on {PhysicalCores} physical core{S(PhysicalCores)} "
        + $"({ThreadsPerCore} thread{S(ThreadsPerCore)} per core{(HasSmt ? ": SMT" : "")}), {Sockets} socket{S(Sockets)}, "
        + (NumaNodes is { } numa ? $"{numa} NUMA node{S(numa)}" : "NUMA nodes not known")
        + (CoreKinds is { } kinds ? $"; {kinds}" : "");

    private static string S(int count) => count == 1 ? "" : "s";
}

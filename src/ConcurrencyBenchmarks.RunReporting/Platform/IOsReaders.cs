using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Platform;

/// <summary>
/// What the OS tells the suite about the machine and its processes: every column, probe and exporter that needs it asks
/// here, never the OS itself, so each OS has its readers in one place (<see cref="OsReaders.Current"/>) and a platform
/// without a source gives null, which its column shows as ?.
/// </summary>
public interface IOsReaders
{
    /// <summary>The machine's CPU time so far, or null where the OS gives none.</summary>
    MachineCpuTime? ReadMachine();

    /// <summary>
    /// Each root's CPU time with all its descendants (a worker that exited counts through its parent), from one
    /// reading; null where the OS cannot list a process's children, or a root is gone.
    /// </summary>
    TreeCpuTime[]? ReadProcessTrees(params int[] roots);

    /// <summary>This process's background JIT threads and each one's CPU time in nanoseconds; empty where not known.</summary>
    IReadOnlyDictionary<int, long> ReadCompilerThreads();

    /// <summary>How many thread-pool threads the process <paramref name="pid"/> has now; null where it cannot be counted.</summary>
    int? PoolThreads(int pid);

    /// <summary>Processors, cores, sockets and NUMA nodes; null where the OS does not say (BDN's host information is the fallback).</summary>
    MachineTopology? Topology();

    /// <summary>The kernel the run ran on (a kernel update can move CPU-bound times).</summary>
    string Kernel { get; }

    /// <summary>What these readers cannot read on this OS, for the legends of the columns it leaves ?; null where they read everything.</summary>
    string? Unread { get; }
}

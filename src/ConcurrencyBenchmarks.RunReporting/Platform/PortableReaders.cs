using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.RunReporting.Platform;

/// <summary>
/// What .NET itself tells on any OS, for those without readers of their own (FreeBSD, say): the pool's threads of this
/// very process from the runtime, the OS's description. .NET lists no process's children and no machine-wide CPU time, so interference and busy cores
/// are not known here, and a benchmark process's pool only when the case runs in the host's process.
/// </summary>
public sealed class PortableReaders : IOsReaders
{
    private static readonly IReadOnlyDictionary<int, long> NoThreads = new Dictionary<int, long>();

    public MachineCpuTime? ReadMachine() => null;

    public TreeCpuTime[]? ReadProcessTrees(params int[] roots) => null;

    public IReadOnlyDictionary<int, long> ReadCompilerThreads() => NoThreads;

    public int? PoolThreads(int pid) => pid == Environment.ProcessId ? ThreadPool.ThreadCount : null;

    public MachineTopology? Topology() => null;

    public string Kernel => RuntimeInformation.OSDescription;

    public string Unread =>
        $"{RuntimeInformation.OSDescription} gives .NET no machine-wide CPU time and no child processes, so interference and busy cores are ?, "
        + "and pool threads are counted only with --inProcess";
}

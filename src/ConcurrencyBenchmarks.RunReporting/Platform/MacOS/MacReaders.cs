using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Capacity.MacOS;

namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>
/// macOS's readers: the machine's times from <c>host_statistics</c>, process trees from <c>proc_listpids</c> and
/// <c>proc_pid_rusage</c>, another process's pool threads from its threads' names (<see cref="ThreadNames"/>). macOS
/// reports no steal (interference is other processes only), and keeps no name for the background compiler's thread, so
/// an in-process case's busy cores include it; the layout is the kernel's (<see cref="MacTopology"/>), Apple silicon's
/// kinds of core included.
/// </summary>
public sealed class MacReaders : IOsReaders
{
    private static readonly IReadOnlyDictionary<int, long> NoThreads = new Dictionary<int, long>();

    public MachineCpuTime? ReadMachine() => HostCpuLoad.Read();

    public TreeCpuTime[]? ReadProcessTrees(params int[] roots) =>
        UsageTrees.Of(roots, ChildProcesses.Of, ProcessUsage.Of, 1e9 / HostCpuLoad.TicksPerSecond);

    public IReadOnlyDictionary<int, long> ReadCompilerThreads() => NoThreads;

    public int? PoolThreads(int pid) =>
        pid == Environment.ProcessId ? ThreadPool.ThreadCount : ThreadNames.Count(pid, RuntimeThreadNames.PoolWorker);

    public MachineTopology? Topology() => MacTopology.Read();

    public string Kernel => RuntimeInformation.OSDescription;

    public string Unread =>
        "macOS reports no hypervisor steal, so interference counts other processes only; an in-process case's busy cores include "
        + "the background compiler";
}

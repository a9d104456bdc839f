using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Capacity.Linux;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Linux;

/// <summary>Linux's readers: /proc for CPU times and threads, /sys for the layout, the kernel's CPU clocks to the nanosecond.</summary>
public sealed class LinuxReaders : IOsReaders
{
    public MachineCpuTime? ReadMachine() => CpuTimes.ReadMachine();

    public TreeCpuTime[]? ReadProcessTrees(params int[] roots) => CpuTimes.ReadProcessTrees(roots);

    public IReadOnlyDictionary<int, long> ReadCompilerThreads() => BackgroundCompiling.ReadThreads();

    public int? PoolThreads(int pid) => PoolThreadCount.Of(pid);

    public MachineTopology? Topology() => LinuxTopology.Read();

    public string Kernel => KernelVersion.Current;

    public string? Unread => null;
}

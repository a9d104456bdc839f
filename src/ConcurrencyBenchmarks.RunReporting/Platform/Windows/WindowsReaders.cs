using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Capacity.Windows;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// Windows' readers: the machine's times from <c>GetSystemTimes</c>, process trees from a Toolhelp snapshot and the
/// host's job (<see cref="ProcessJob"/>), pool threads and the background compiler's thread from the threads' names.
/// Windows reports no steal (interference is other processes only); the layout, with its kinds of core and NUMA nodes,
/// from <c>GetLogicalProcessorInformationEx</c> (<see cref="WindowsTopology"/>).
/// </summary>
public sealed class WindowsReaders : IOsReaders
{
    private static readonly IReadOnlyDictionary<int, long> NoThreads = new Dictionary<int, long>();

    /// <summary>Joins the host's job now, so that every process started after is counted (OsReaders.Current is made before any).</summary>
    public WindowsReaders() => _ = ProcessJob.Join();

    public MachineCpuTime? ReadMachine() => SystemTimes.Read();

    public TreeCpuTime[]? ReadProcessTrees(params int[] roots)
    {
        if (ProcessJob.TotalCpuTime() is not { } total || ProcessSnapshot.Parents() is not { } parents)
            return null;
        IReadOnlyList<int> Tree(int root) => ProcessSnapshot.Tree(root, parents, ProcessSnapshot.StartTime);
        return JobTrees.Of(roots, total, Tree(Environment.ProcessId), Tree, OwnCpuTime, ProcessJob.Contains);
    }

    public IReadOnlyDictionary<int, long> ReadCompilerThreads() =>
        ThreadDescriptions.CpuTimes(Environment.ProcessId, RuntimeThreadNames.Compiler) ?? NoThreads;

    public int? PoolThreads(int pid) =>
        pid == Environment.ProcessId ? ThreadPool.ThreadCount : ThreadDescriptions.Count(pid, RuntimeThreadNames.PoolWorker);

    public MachineTopology? Topology() => WindowsTopology.Read();

    public string Kernel => RuntimeInformation.OSDescription;

    public string Unread => "Windows reports no hypervisor steal, so interference counts other processes only";

    private static long? OwnCpuTime(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.TotalProcessorTime.Ticks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }
}

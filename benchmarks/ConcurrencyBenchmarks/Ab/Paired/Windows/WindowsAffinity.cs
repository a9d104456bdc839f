using System.Diagnostics;
using System.Runtime.Versioning;
using ConcurrencyBenchmarks.RunReporting.Platform.Windows;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// Holds a process tree to a set of CPUs on Windows: each process's affinity mask (<c>Process.ProcessorAffinity</c>)
/// binds all its threads, those already running (a pool's workers) included, and every process it starts inherits it.
/// One mask covers one processor group (64 logical processors): a machine with more is not pinned.
/// </summary>
public sealed class WindowsAffinity : ICpuAffinity
{
    public bool Supported => Environment.ProcessorCount <= 64;

    [SupportedOSPlatform("windows")]
    public IReadOnlyList<int> Allowed()
    {
        using var self = Process.GetCurrentProcess();
        return Cpus((ulong)(long)self.ProcessorAffinity);
    }

    [SupportedOSPlatform("windows")]
    public void PinTree(int root, IReadOnlyCollection<int> cpus)
    {
        if (ProcessSnapshot.Parents() is not { } parents)
            return;
        var mask = (nint)(long)Mask(cpus);
        foreach (var pid in ProcessSnapshot.Tree(root, parents, ProcessSnapshot.StartTime))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.ProcessorAffinity = mask;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // it exited meanwhile: it needs none
            }
        }
    }

    /// <summary>The mask with a bit for each of <paramref name="cpus"/> (each under 64).</summary>
    public static ulong Mask(IReadOnlyCollection<int> cpus)
    {
        if (cpus.Any(cpu => cpu is < 0 or >= 64))
            throw new ArgumentOutOfRangeException(nameof(cpus), "a Windows affinity mask holds processors 0 to 63 of one group");
        return cpus.Aggregate(0UL, (mask, cpu) => mask | (1UL << cpu));
    }

    /// <summary>The CPUs a mask allows, in order.</summary>
    public static IReadOnlyList<int> Cpus(ulong mask) => Enumerable.Range(0, 64).Where(cpu => (mask & (1UL << cpu)) != 0).ToArray();
}

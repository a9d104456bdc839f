using System.Globalization;
using System.Text.RegularExpressions;

namespace ConcurrencyBenchmarks.Workloads.Capacity.Linux;

/// <summary>The machine's layout as Linux shows it under /sys: what the OS can schedule on, by package, core and NUMA node.</summary>
public static partial class LinuxTopology
{
    /// <summary>
    /// The layout as Linux shows it under <paramref name="system"/> (/sys/devices/system): every online processor's
    /// package and core, the NUMA nodes, and where the cores are of more than one kind, how many of each; null where
    /// there is no such folder (Windows, macOS).
    /// </summary>
    public static MachineTopology? Read(string system = "/sys/devices/system")
    {
        try
        {
            var cpus = Path.Combine(system, "cpu");
            if (!Directory.Exists(cpus))
                return null;
            // An offline processor has no topology folder: what is listed is what the OS can schedule on.
            var online = Directory.EnumerateDirectories(cpus)
                .Where(dir => CpuFolder().IsMatch(Path.GetFileName(dir)) && Directory.Exists(Path.Combine(dir, "topology")))
                .ToArray();
            if (online.Length == 0)
                return null;
            var places = online.Select(dir => (Package: Number(dir, "physical_package_id"), Core: CoreOf(dir))).ToArray();
            var nodes = Path.Combine(system, "node");
            int? numa = Directory.Exists(nodes) ? Math.Max(1, Directory.EnumerateDirectories(nodes).Count(dir => NodeFolder().IsMatch(Path.GetFileName(dir)))) : null;
            return new MachineTopology(places.Length, places.Distinct().Count(), places.Select(p => p.Package).Distinct().Count(), numa,
                CoreKinds.Describe([("performance", HybridCpus(system, "cpu_core")), ("efficiency", HybridCpus(system, "cpu_atom"))])
                ?? KindsByCapacity(online));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Which physical core a processor is: the processors that share it (core_cpus_list, thread_siblings_list before
    /// Linux 5.4), else its core_id within its package. The list is what ARM needs: there core_id counts within a
    /// cluster, so two clusters of four repeat core ids 0-3, which would read as four cores of two threads each.
    /// </summary>
    private static string CoreOf(string cpu)
    {
        foreach (var name in new[] { "core_cpus_list", "thread_siblings_list" })
        {
            var list = Path.Combine(cpu, "topology", name);
            if (File.Exists(list))
                return string.Join(',', CpuList.Parse(File.ReadAllText(list)));
        }
        return "core " + Number(cpu, "core_id").ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Kinds of core by the capacity the kernel gives each processor (cpu_capacity, 1024 for the fastest): an ARM
    /// big.LITTLE or DynamIQ processor's big and little cores. Only where some core has under 90% of the fastest's,
    /// so that small differences between cores of one design name no kinds.
    /// </summary>
    private static string? KindsByCapacity(IEnumerable<string> cpus)
    {
        var capacities = cpus.Select(cpu => Path.Combine(cpu, "cpu_capacity")).Where(File.Exists)
            .Select(file => int.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture)).ToArray();
        if (capacities.Length == 0 || capacities.Min() >= 0.9 * capacities.Max())
            return null;
        return CoreKinds.DescribeRanked(capacities.GroupBy(c => c).Select(g => (g.Key, g.Count())).ToArray(), "capacity");
    }

    /// <summary>
    /// How many processors an Intel hybrid processor's kind of core has (/sys/devices/cpu_core/cpus, cpu_atom/cpus,
    /// beside <paramref name="system"/>); 0 where the machine has no such kind.
    /// </summary>
    private static int HybridCpus(string system, string kind)
    {
        var list = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(system))) ?? system, kind, "cpus");
        return File.Exists(list) ? CpuList.Parse(File.ReadAllText(list)).Length : 0;
    }

    private static int Number(string cpu, string name) =>
        int.Parse(File.ReadAllText(Path.Combine(cpu, "topology", name)).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^cpu\d+$")]
    private static partial Regex CpuFolder();

    [GeneratedRegex(@"^node\d+$")]
    private static partial Regex NodeFolder();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace ConcurrencyBenchmarks.Workloads.Capacity.Linux;

/// <summary>The machine's layout as Linux shows it under /sys: what the OS can schedule on, by package, core and NUMA node.</summary>
public static partial class LinuxTopology
{
    /// <summary>
    /// The layout as Linux shows it under <paramref name="system"/> (/sys/devices/system): every online processor's
    /// package and core, the NUMA nodes, and on a hybrid processor its kinds of core; null where there is no such
    /// folder (Windows, macOS).
    /// </summary>
    public static MachineTopology? Read(string system = "/sys/devices/system")
    {
        try
        {
            var cpus = Path.Combine(system, "cpu");
            if (!Directory.Exists(cpus))
                return null;
            // An offline processor has no topology folder: what is listed is what the OS can schedule on.
            var places = Directory.EnumerateDirectories(cpus)
                .Where(dir => CpuFolder().IsMatch(Path.GetFileName(dir)) && Directory.Exists(Path.Combine(dir, "topology")))
                .Select(dir => (Package: Number(dir, "physical_package_id"), Core: Number(dir, "core_id")))
                .ToArray();
            if (places.Length == 0)
                return null;
            var nodes = Path.Combine(system, "node");
            int? numa = Directory.Exists(nodes) ? Math.Max(1, Directory.EnumerateDirectories(nodes).Count(dir => NodeFolder().IsMatch(Path.GetFileName(dir)))) : null;
            return new MachineTopology(places.Length, places.Distinct().Count(), places.Select(p => p.Package).Distinct().Count(), numa,
                CoreKinds.Describe([("performance", HybridCpus(system, "cpu_core")), ("efficiency", HybridCpus(system, "cpu_atom"))]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
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

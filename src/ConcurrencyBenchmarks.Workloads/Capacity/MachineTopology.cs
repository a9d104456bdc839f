using System.Globalization;
using System.Text.RegularExpressions;

namespace ConcurrencyBenchmarks.Workloads.Capacity;

/// <summary>
/// How the OS lays out the machine's processors: logical processors on physical cores (more than one per core with
/// SMT, where the threads of a core share its execution units), sockets and NUMA nodes. A speed-up below the processor
/// count may be the cores' shared execution units rather than the strategy; this says whether that can be.
/// </summary>
/// <param name="NumaNodes">Null where the OS does not say (BDN's host information has no NUMA count).</param>
public sealed partial record MachineTopology(int LogicalProcessors, int PhysicalCores, int Sockets, int? NumaNodes)
{
    /// <summary>Logical processors per physical core: 2 with SMT (Hyper-Threading) on, 1 without.</summary>
    public int ThreadsPerCore => PhysicalCores > 0 ? Math.Max(1, (int)Math.Round((double)LogicalProcessors / PhysicalCores)) : 1;

    public bool HasSmt => ThreadsPerCore > 1;

    /// <summary>
    /// The layout as Linux shows it under <paramref name="system"/> (/sys/devices/system): every online processor's
    /// package and core, and the NUMA nodes; null where there is no such folder (Windows, macOS).
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
            return new MachineTopology(places.Length, places.Distinct().Count(), places.Select(p => p.Package).Distinct().Count(), numa);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>e.g. "16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node".</summary>
    public string Describe() =>
        $"{LogicalProcessors} logical processor{S(LogicalProcessors)} on {PhysicalCores} physical core{S(PhysicalCores)} "
        + $"({ThreadsPerCore} thread{S(ThreadsPerCore)} per core{(HasSmt ? ": SMT" : "")}), {Sockets} socket{S(Sockets)}, "
        + (NumaNodes is { } numa ? $"{numa} NUMA node{S(numa)}" : "NUMA nodes not known");

    private static string S(int count) => count == 1 ? "" : "s";

    private static int Number(string cpu, string name) =>
        int.Parse(File.ReadAllText(Path.Combine(cpu, "topology", name)).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^cpu\d+$")]
    private static partial Regex CpuFolder();

    [GeneratedRegex(@"^node\d+$")]
    private static partial Regex NodeFolder();
}

using System.Globalization;
using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Workloads.Capacity.Linux;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// Holds a process tree (a runner and every worker process it started) to a set of CPUs on Linux. Every thread of
/// every process is set, since <c>sched_setaffinity</c> acts on one thread; threads and processes started later
/// inherit the set from the thread that starts them. Both sides of a pair get the same set: on a shared host the
/// vCPUs differ in speed by up to 1.67×, so a pair split across them would measure the vCPUs, not the code.
/// </summary>
public sealed class LinuxAffinity : ICpuAffinity
{
    public bool Supported => true;

    public IReadOnlyList<int> Allowed() =>
        ReadAllowedList(Environment.ProcessId) is { } list ? CpuList.Parse(list) : Enumerable.Range(0, Environment.ProcessorCount).ToArray();

    public void PinTree(int root, IReadOnlyCollection<int> cpus)
    {
        var mask = new ulong[cpus.Max() / 64 + 1];
        foreach (var cpu in cpus)
            mask[cpu / 64] |= 1UL << (cpu % 64);
        foreach (var pid in Tree(root))
            foreach (var tid in Threads(pid))
                _ = SetAffinity(tid, mask.Length * sizeof(ulong), mask); // a thread that ended meanwhile needs none
    }

    /// <summary><c>Cpus_allowed_list</c> of a process as the kernel reports it (e.g. <c>0-1</c>), or null when it is gone.</summary>
    public static string? ReadAllowedList(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))
                ?.Split(':', 2)[1].Trim();
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>A process and all its descendants, from the parent of every process in <c>/proc</c>.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var parents = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Parent(pid) is { } parent)
                (parents.TryGetValue(parent, out var children) ? children : parents[parent] = []).Add(pid);
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
            if (parents.TryGetValue(tree[i], out var children))
                tree.AddRange(children);
        return tree;
    }

    private static int? Parent(int pid)
    {
        try
        {
            // stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null; // it exited while we looked
        }
    }

    private static IEnumerable<int> Threads(int pid)
    {
        try
        {
            return Directory.GetDirectories($"/proc/{pid}/task").Select(t => int.Parse(Path.GetFileName(t), CultureInfo.InvariantCulture)).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [DllImport("libc", EntryPoint = "sched_setaffinity")]
    private static extern int SetAffinity(int tid, nint size, ulong[] mask);
}

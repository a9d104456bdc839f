using System.Globalization;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Linux;

/// <summary>
/// CPU time as Linux's /proc reports it, in clock ticks: the whole machine's (<c>/proc/stat</c>) and one process
/// tree's (<c>/proc/[pid]/stat</c>, with each live process's exact CPU clock beside it). Null where there is no /proc.
/// </summary>
public static class CpuTimes
{
    /// <summary>The whole machine's CPU time so far, its processors counted from the per-processor lines of /proc/stat.</summary>
    public static MachineCpuTime? ReadMachine()
    {
        try
        {
            // cpu user nice system idle iowait irq softirq steal [guest guest_nice: already counted in user and nice]
            var lines = File.ReadAllLines("/proc/stat");
            var line = lines.First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            var cpus = lines.Count(l => l.Length > 3 && l.StartsWith("cpu", StringComparison.Ordinal) && char.IsAsciiDigit(l[3]));
            var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            var steal = ticks.Length > 7 ? ticks[7] : 0;
            var busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6];
            return new MachineCpuTime(busy, steal, ticks.Sum(), Math.Max(1, cpus));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// The CPU time of each of <paramref name="roots"/> and all its descendants so far, from one reading of /proc:
    /// each live process's own time plus that of the children it has already waited for (a worker that exited counts
    /// through its parent). Null where there is no /proc or a root is gone.
    /// </summary>
    public static TreeCpuTime[]? ReadProcessTrees(params int[] roots)
    {
        var processes = new Dictionary<int, ProcessTimes>();
        try
        {
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
                if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && ReadProcess(pid) is { } process)
                    processes[pid] = process;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (!roots.All(processes.ContainsKey))
            return null;

        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var clocks = new Dictionary<int, double>(); // a subtree's processes are its root tree's too: each clock read once
        double OwnNanoseconds(int pid, ProcessTimes process) =>
            clocks.TryGetValue(pid, out var known) ? known
                : clocks[pid] = ProcessCpuClock.Nanoseconds(pid) ?? process.OwnTicks * ProcessCpuClock.TickNanoseconds;
        return roots.Select(root =>
        {
            long ticks = 0;
            double nanoseconds = 0;
            var pending = new Stack<int>([root]);
            while (pending.TryPop(out var pid))
            {
                var process = processes[pid];
                ticks += process.OwnTicks + process.ChildTicks;
                nanoseconds += OwnNanoseconds(pid, process) + process.ChildTicks * ProcessCpuClock.TickNanoseconds;
                foreach (var child in children[pid])
                    pending.Push(child);
            }
            return new TreeCpuTime(ticks, nanoseconds);
        }).ToArray();
    }

    private readonly record struct ProcessTimes(int Parent, long OwnTicks, long ChildTicks);

    private static ProcessTimes? ReadProcess(int pid)
    {
        try
        {
            // pid (comm) state ppid … utime stime cutime cstime …: comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return new ProcessTimes((int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null; // gone between listing and reading, or not ours to read
        }
    }
}

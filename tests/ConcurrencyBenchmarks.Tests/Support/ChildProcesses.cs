namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>The live or unreaped child processes of this process, read from /proc.</summary>
public static class ChildProcesses
{
    public static IReadOnlyList<int> OfCurrentProcess()
    {
        var self = Environment.ProcessId;
        var children = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1]) == self)
                    children.Add(pid);
            }
            catch (IOException) { /* the process ended while we looked */ }
            catch (UnauthorizedAccessException) { }
        }
        return children;
    }

    /// <summary>
    /// Waits until no child is left beyond <paramref name="before"/>. Reaping after exit is asynchronous, so a short
    /// grace period is allowed; a child still there after it is a leak.
    /// </summary>
    public static IReadOnlyList<int> LeftOver(IReadOnlyCollection<int> before, TimeSpan? grace = null)
    {
        var deadline = DateTime.UtcNow + (grace ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var extra = OfCurrentProcess().Except(before).ToArray();
            if (extra.Length == 0 || DateTime.UtcNow > deadline)
                return extra;
            Thread.Sleep(20);
        }
    }
}

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>The live or unreaped child processes of this process, where the OS lists them (<see cref="ProcessTable"/>); null elsewhere.</summary>
public static class ChildProcesses
{
    public static IReadOnlyList<int>? OfCurrentProcess() =>
        ProcessTable.Read()?.Where(row => row.Parent == Environment.ProcessId).Select(row => row.Pid).ToArray();

    /// <summary>
    /// Waits until no child is left beyond <paramref name="before"/>. Reaping after exit is asynchronous, so a short
    /// grace period is allowed; a child still there after it is a leak. Empty where the OS cannot list children:
    /// there the tests run without this check.
    /// </summary>
    public static IReadOnlyList<int> LeftOver(IReadOnlyCollection<int>? before, TimeSpan? grace = null)
    {
        if (before is null)
            return [];
        var deadline = DateTime.UtcNow + (grace ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var extra = (OfCurrentProcess() ?? []).Except(before).ToArray();
            if (extra.Length == 0 || DateTime.UtcNow > deadline)
                return extra;
            Thread.Sleep(20);
        }
    }
}

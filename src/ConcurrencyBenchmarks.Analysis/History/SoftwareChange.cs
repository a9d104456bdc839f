namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// Something besides the code that changed under a machine's series between two slots: the runtime, the OS release
/// or the kernel. <see cref="Slot"/> is the first slot that ran on the new one.
/// </summary>
/// <param name="What">E.g. "runtime 10.0.12 → 10.0.13".</param>
public sealed record SoftwareChange(int Slot, string Commit, string What)
{
    public override string ToString() => $"{What} at {HistoryCharts.Short(Commit)}";

    /// <summary>Each change between consecutive slots of a machine's history (see <see cref="BenchmarkHistory.Slots"/>).</summary>
    public static IReadOnlyList<SoftwareChange> In(IReadOnlyList<HistoryRun[]> slots)
    {
        var changes = new List<SoftwareChange>();
        for (var i = 1; i < slots.Count; i++)
        {
            var (before, after) = (slots[i - 1][^1], slots[i][0]);
            foreach (var what in Differences(before, after))
                changes.Add(new SoftwareChange(i, after.Commit, what));
        }
        return changes;
    }

    private static IEnumerable<string> Differences(HistoryRun before, HistoryRun after)
    {
        var (runtimeBefore, runtimeAfter) = (MachineSeries.RuntimeVersionOf(before.Machine.Runtime), MachineSeries.RuntimeVersionOf(after.Machine.Runtime));
        if (runtimeBefore != runtimeAfter)
            yield return $"runtime {runtimeBefore} → {runtimeAfter}";
        if (before.Machine.Os != after.Machine.Os)
            yield return $"OS {before.Machine.Os} → {after.Machine.Os}";
        if (before.Kernel is not null && after.Kernel is not null && before.Kernel != after.Kernel)
            yield return $"kernel {before.Kernel} → {after.Kernel}";
    }
}

/// <summary>
/// Commits pushed but never measured, found where a run's <see cref="HistoryRun.Since"/> is not the commit measured
/// before it: on CI, runs that were cancelled while they waited behind another. They lie after
/// <see cref="LastMeasured"/>, up to and including <see cref="UpTo"/>; <see cref="Slot"/> is the slot after them.
/// </summary>
public sealed record UnmeasuredCommits(int Slot, string LastMeasured, string UpTo)
{
    public override string ToString() =>
        $"not measured: the commits after {HistoryCharts.Short(LastMeasured)} up to {HistoryCharts.Short(UpTo)}";

    public static IReadOnlyList<UnmeasuredCommits> In(IReadOnlyList<HistoryRun[]> slots)
    {
        var gaps = new List<UnmeasuredCommits>();
        for (var i = 1; i < slots.Count; i++)
        {
            var since = slots[i][0].Since;
            var previous = slots[i - 1][^1].Commit;
            if (since is { Length: > 0 } && since.Trim('0').Length > 0 && !SameCommit(since, previous))
                gaps.Add(new UnmeasuredCommits(i, previous, since));
        }
        return gaps;
    }

    private static bool SameCommit(string a, string b) =>
        a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);
}

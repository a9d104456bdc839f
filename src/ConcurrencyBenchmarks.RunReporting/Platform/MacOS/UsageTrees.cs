namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>
/// Process trees' CPU time from each live process's usage (<see cref="ProcessUsage"/>): its own time and its waited-for
/// children's, summed over the root and its live descendants, so a worker that exited counts through the parent that
/// waited for it.
/// </summary>
public static class UsageTrees
{
    /// <param name="roots">The trees to read.</param>
    /// <param name="children">A process's live children; null where they cannot be listed.</param>
    /// <param name="usage">A process's usage; null when it is gone (a child that exited between listing and reading).</param>
    /// <param name="tickNanoseconds">Nanoseconds in one tick of the machine's counters, to hold the trees against them.</param>
    /// <returns>Each root's time, in the order asked; null when a root is gone or a listing failed.</returns>
    public static TreeCpuTime[]? Of(IReadOnlyList<int> roots, Func<int, IReadOnlyList<int>?> children,
        Func<int, ProcessUsage.Usage?> usage, double tickNanoseconds)
    {
        var read = new Dictionary<int, ProcessUsage.Usage?>(); // a subtree's processes are its root tree's too: each read once
        ProcessUsage.Usage? Read(int pid) => read.TryGetValue(pid, out var known) ? known : read[pid] = usage(pid);

        var trees = new TreeCpuTime[roots.Count];
        for (var i = 0; i < roots.Count; i++)
        {
            if (Read(roots[i]) is null)
                return null;
            double nanoseconds = 0;
            var pending = new Stack<int>([roots[i]]);
            var seen = new HashSet<int>();
            while (pending.TryPop(out var pid))
            {
                if (!seen.Add(pid) || Read(pid) is not { } process)
                    continue;
                nanoseconds += process.OwnNanoseconds + process.ChildNanoseconds;
                if (children(pid) is not { } below)
                    return null;
                foreach (var child in below)
                    pending.Push(child);
            }
            trees[i] = new TreeCpuTime((long)(nanoseconds / tickNanoseconds), nanoseconds);
        }
        return trees;
    }
}

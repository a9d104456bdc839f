namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// Process trees' CPU time under the host, from its job's accounting (<see cref="ProcessJob"/>): the host's tree is the
/// whole job, exited workers included; a subtree (the benchmark process's) is the job less the live processes of the
/// host's tree outside it. A process outside the subtree that exited while measured (none does while a case runs: the
/// build is done) would be counted in it.
/// </summary>
public static class JobTrees
{
    /// <param name="roots">The trees to read, each the host or a process in its tree and in its job.</param>
    /// <param name="jobTotal">The job's CPU time so far, in 100 ns units.</param>
    /// <param name="hostTree">The host and its live descendants.</param>
    /// <param name="subtree">A root and its live descendants.</param>
    /// <param name="ownTime">A live process's own CPU time in 100 ns units; null when it is gone.</param>
    /// <param name="inJob">Whether a process is in the job (one started before the host joined is not).</param>
    /// <returns>Each root's time, in the order asked; null when a root is not in the host's tree or job.</returns>
    public static TreeCpuTime[]? Of(IReadOnlyList<int> roots, long jobTotal, IReadOnlyList<int> hostTree,
        Func<int, IReadOnlyList<int>> subtree, Func<int, long?> ownTime, Func<int, bool> inJob)
    {
        var host = hostTree[0];
        var trees = new TreeCpuTime[roots.Count];
        for (var i = 0; i < roots.Count; i++)
        {
            var root = roots[i];
            if (root != host && (!hostTree.Contains(root) || !inJob(root)))
                return null;
            var inside = subtree(root).ToHashSet();
            var outside = hostTree.Where(pid => !inside.Contains(pid)).Sum(pid => ownTime(pid) ?? 0);
            var total = Math.Max(0, jobTotal - outside);
            trees[i] = new TreeCpuTime(total / SystemTimes.HundredNanosecondsPerTick, total * 100.0);
        }
        return trees;
    }
}

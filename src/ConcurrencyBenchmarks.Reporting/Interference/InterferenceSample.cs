namespace ConcurrencyBenchmarks.Reporting.Interference;

/// <summary>
/// How much of the machine something other than this process tree took while a case ran: other processes' CPU time
/// and the hypervisor's steal, each as a share of all processors' time over the interval.
/// </summary>
public sealed record InterferenceSample(double OtherShare, double StealShare)
{
    public double Total => OtherShare + StealShare;

    /// <summary>A reading at one moment, to subtract from a later one.</summary>
    public sealed record Reading(CpuTimes.Machine Machine, long OwnTicks);

    /// <summary>Reads the machine and the tree under <paramref name="root"/> now; null where /proc is missing.</summary>
    public static Reading? Read(int root) =>
        CpuTimes.ReadMachine() is { } machine && CpuTimes.ReadProcessTree(root) is { } own ? new Reading(machine, own) : null;

    /// <summary>What happened between two readings; null when no time passed that the kernel counted.</summary>
    public static InterferenceSample? Between(Reading before, Reading after)
    {
        var total = after.Machine.Total - before.Machine.Total;
        if (total <= 0)
            return null;
        var busy = after.Machine.Busy - before.Machine.Busy;
        var own = after.OwnTicks - before.OwnTicks;
        var other = Math.Max(0, busy - own); // ticks are sampled: a short interval can see own time the machine total missed
        return new InterferenceSample(other / (double)total, (after.Machine.Steal - before.Machine.Steal) / (double)total);
    }
}

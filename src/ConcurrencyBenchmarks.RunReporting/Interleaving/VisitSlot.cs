namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// One thing each visit of its group measures once: a benchmark case (its time, in nanoseconds) or the group's
/// capacity reference (the speed-up the machine gave counting threads in those seconds). Set up at its group's first
/// visit and cleaned up once at the end.
/// </summary>
public sealed class VisitSlot(string id, Func<double> measure, Action? setup = null, Action? cleanup = null)
{
    public string Id { get; } = id;

    public bool IsSetUp { get; private set; }

    public void SetUp()
    {
        setup?.Invoke();
        IsSetUp = true;
    }

    public double Measure() => measure();

    public void Cleanup()
    {
        if (IsSetUp)
            cleanup?.Invoke();
        IsSetUp = false;
    }
}

/// <summary>The slots that every visit measures together, one after another in a random order: one workload at one worker count.</summary>
public sealed record VisitGroup(string Name, IReadOnlyList<VisitSlot> Slots);

/// <summary>One slot measured in one visit: which, what it gave, and when it started (the machine's monotonic clock, in nanoseconds).</summary>
public sealed record VisitMeasurement(int Visit, string Group, string Slot, double Value, double Start);

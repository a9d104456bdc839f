using System.Diagnostics;
using ConcurrencyBenchmarks.RunReporting.Interleaving;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// Measures the cases of both sides in pairs. In each pass the groups (a family at one worker count: Serial and its
/// strategies) come in a random order; a visit gives every unfinished case of the group a few pairs, the cases in a
/// random order, each pair base-then-head or head-then-base in turn (ABBA), the two sides never at once and both
/// held to the same CPUs. A case stops once its interval decides, or at the cap. Serial goes on while any strategy
/// of its group does, so every speed-up comes from adjacent measurements.
/// </summary>
public sealed class PairedDriver(RunnerProcess baseRunner, RunnerProcess headRunner, IReadOnlyList<CaseSeries> cases,
    PairedSettings settings, TextWriter output, Func<bool> stopped, ICpuAffinity? affinity = null)
{
    private readonly VisitOrder _order = new(settings.Seed);
    private readonly ICpuAffinity _affinity = affinity ?? Affinity.Current;
    private readonly IReadOnlyList<int> _cpus = (affinity ?? Affinity.Current).Allowed();
    private string? _pinned;

    /// <summary>Whether the pairs are held to their CPUs: asked for, and the OS can.</summary>
    public bool Pinned => settings.Pin && _affinity.Supported;

    /// <summary>The CPUs the pairs are held to, as the runners were allowed them, or "not pinned".</summary>
    public string Cpus => Pinned ? Affinity.Describe(_cpus) : Affinity.NotPinned;

    /// <summary>Measures until every case is finished; false when stopped first.</summary>
    public bool Run()
    {
        var clock = Stopwatch.StartNew();
        var groups = cases.GroupBy(c => c.Group).Select(g => g.ToArray()).ToArray();
        for (var pass = 0; groups.Any(g => g.Any(c => !c.Finished)); pass++)
        {
            foreach (var group in _order.Shuffled(groups).Where(g => g.Any(c => !c.Finished)))
            {
                if (stopped())
                    return false;
                Visit(group, pass);
            }
            Progress(pass, clock.Elapsed);
        }
        return true;
    }

    private void Visit(CaseSeries[] group, int pass)
    {
        // Serial stays while a strategy of its group does: the speed-ups pair them slot by slot.
        var visited = group.Where(c => !c.Finished || (c.IsBaseline && group.Any(o => !o.IsBaseline && !o.Finished))).ToArray();
        foreach (var series in visited.Where(c => !c.IsSetUp))
            SetUp(series, pass);
        for (var slot = 0; slot < settings.PairsPerVisit; slot++)
            foreach (var series in _order.Shuffled(visited))
            {
                if (stopped())
                    return;
                series.Pairs.Add(Pair(series, pass, slot));
            }
        foreach (var series in visited.Where(c => !c.Finished))
            series.Finished = settings.IsFinished(series.LogRatios);
    }

    private void SetUp(CaseSeries series, int pass)
    {
        Pin(series, pass);
        baseRunner.Setup(series.Base.Index);
        headRunner.Setup(series.Head.Index);
        series.IsSetUp = true;
        for (var i = 0; i < settings.Warmup; i++)
        {
            baseRunner.Invoke(series.Base.Index);
            headRunner.Invoke(series.Head.Index);
        }
    }

    private PairedMeasurement Pair(CaseSeries series, int pass, int slot)
    {
        var cpus = Pin(series, pass);
        var baseFirst = series.Pairs.Count % 2 == 0;
        (long Start, long End) b, h;
        if (baseFirst)
        {
            b = baseRunner.Invoke(series.Base.Index);
            h = headRunner.Invoke(series.Head.Index);
        }
        else
        {
            h = headRunner.Invoke(series.Head.Index);
            b = baseRunner.Invoke(series.Base.Index);
        }
        double Ns(long ticks) => ticks * (1e9 / Stopwatch.Frequency);
        return new PairedMeasurement(pass, slot, baseFirst, cpus, Ns(b.End - b.Start), Ns(h.End - h.Start),
            Ns(b.Start), Ns(b.End), Ns(h.Start), Ns(h.End));
    }

    /// <summary>
    /// Holds both runners' process trees to the case's CPUs: one CPU, rotated by pass, for a single-threaded case. Where
    /// they are not held, the pair says so rather than naming a CPU it never kept to.
    /// </summary>
    private string Pin(CaseSeries series, int pass)
    {
        if (!Pinned)
            return Affinity.NotPinned;
        int[] cpus = series.SingleThreaded ? [_cpus[pass % _cpus.Count]] : [.. _cpus];
        var described = Affinity.Describe(cpus);
        if (described == _pinned)
            return described;
        _affinity.PinTree(baseRunner.Pid, cpus);
        _affinity.PinTree(headRunner.Pid, cpus);
        _pinned = described;
        return described;
    }

    private void Progress(int pass, TimeSpan elapsed)
    {
        var done = cases.Sum(c => c.Pairs.Count);
        var left = cases.Where(c => !c.Finished).Sum(c => settings.MaxPairs - c.Pairs.Count);
        var most = done == 0 ? TimeSpan.Zero : elapsed / done * Math.Max(0, left);
        output.WriteLine($"// ab: pass {pass + 1}: {cases.Count(c => c.Finished)} of {cases.Count} cases decided or capped, {done} pairs; "
                         + $"elapsed {AbClock.Format(elapsed)}, at most {AbClock.Format(most)} left");
    }
}

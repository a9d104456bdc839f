using System.Diagnostics;

namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// Measures groups of slots interleaved in time: every visit goes to every group once, the groups in a random order,
/// and measures each of the group's slots once, in a random order, one after another. A strategy and its Serial are
/// then never further apart than one visit of their group, and every strategy of a group sees the same host. A slot
/// that throws is dropped from every visit, said in one line, and the others go on.
/// </summary>
public sealed class InterleavedDriver(int visits, int warmup, VisitOrder order, TextWriter log, Func<bool>? stopped = null)
{
    public IReadOnlyList<VisitMeasurement> Run(IReadOnlyList<VisitGroup> groups)
    {
        var measured = new List<VisitMeasurement>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        try
        {
            for (var visit = 0; visit < visits; visit++)
            {
                foreach (var group in order.Shuffled(groups))
                {
                    if (stopped?.Invoke() == true)
                        return Complete(measured, visit);
                    foreach (var slot in group.Slots.Where(s => !s.IsSetUp && !failed.Contains(s.Id)))
                        Try(slot, failed, () => SetUp(slot));
                    foreach (var slot in order.Shuffled(group.Slots.Where(s => !failed.Contains(s.Id))))
                        Try(slot, failed, () => measured.Add(new VisitMeasurement(visit, group.Name, slot.Id, slot.Measure(), Nanoseconds(Stopwatch.GetTimestamp()))));
                }
                log.WriteLine($"// Interleaved: visit {visit + 1} of {visits} to {groups.Count} group{(groups.Count == 1 ? "" : "s")} done, {TimeText.Of(clock.Elapsed.TotalMilliseconds * 1e6)} in all");
            }
            return Complete(measured, visits, failed);
        }
        finally
        {
            foreach (var slot in groups.SelectMany(g => g.Slots))
                Try(slot, failed: null, slot.Cleanup);
        }
    }

    private void SetUp(VisitSlot slot)
    {
        slot.SetUp();
        for (var i = 0; i < warmup; i++)
            slot.Measure();
    }

    /// <summary>The measurements of whole visits only, of slots that never failed: every slot kept has one value per visit.</summary>
    private static List<VisitMeasurement> Complete(List<VisitMeasurement> measured, int visits, IReadOnlySet<string>? failed = null) =>
        measured.Where(m => m.Visit < visits && failed?.Contains(m.Slot) != true).ToList();

    private void Try(VisitSlot slot, HashSet<string>? failed, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (failed is not null)
        {
            var cause = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
            log.WriteLine($"// Interleaved: {slot.Id} failed ({cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}); left out of the interleaved figures");
            failed.Add(slot.Id);
        }
        catch (Exception e)
        {
            log.WriteLine($"// Interleaved: cleaning up {slot.Id} failed ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static double Nanoseconds(long ticks) => ticks * (1e9 / Stopwatch.Frequency);
}

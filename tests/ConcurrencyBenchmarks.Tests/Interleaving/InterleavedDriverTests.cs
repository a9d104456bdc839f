using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Tests.Reporting;

namespace ConcurrencyBenchmarks.Tests.Interleaving;

/// <summary>The interleaved visits' order: random and seeded, every slot of a group in every visit, the capacity reference beside counting.</summary>
public class InterleavedDriverTests
{
    /// <summary>Groups of slots that record what was done to them, in order.</summary>
    private sealed class Recorder
    {
        public List<string> Events { get; } = [];

        public VisitGroup Group(string name, int slots) =>
            new(name, [.. Enumerable.Range(0, slots).Select(i => $"{name}.{i}").Select(id =>
                new VisitSlot(id, () => { Events.Add($"measure {id}"); return 1; }, () => Events.Add($"setup {id}"), () => Events.Add($"cleanup {id}")))]);
    }

    private static (IReadOnlyList<VisitMeasurement> Measured, Recorder Recorder) Run(int seed, int visits = 6, int warmup = 0)
    {
        var recorder = new Recorder();
        var groups = new[] { recorder.Group("A", 4), recorder.Group("B", 3), recorder.Group("C", 5) };
        return (new InterleavedDriver(visits, warmup, new VisitOrder(seed), TextWriter.Null).Run(groups), recorder);
    }

    [Fact]
    public void Every_slot_of_every_group_is_measured_once_in_every_visit()
    {
        var (measured, _) = Run(seed: 3);

        Assert.Equal(6 * 12, measured.Count);
        foreach (var visit in measured.GroupBy(m => m.Visit))
        {
            Assert.Equal(12, visit.Select(m => m.Slot).Distinct().Count());
            // A group's slots are measured together: no other group's slot comes between them.
            Assert.Equal(3, visit.Select(m => m.Group).Distinct().Count());
            Assert.Equal(3, Runs(visit.Select(m => m.Group)));
        }
    }

    [Fact]
    public void The_order_is_random_within_visits_and_between_them_and_the_same_seed_repeats_it()
    {
        var first = Run(seed: 3).Measured.Select(m => m.Slot).ToArray();
        var again = Run(seed: 3).Measured.Select(m => m.Slot).ToArray();
        var other = Run(seed: 4).Measured.Select(m => m.Slot).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var visits = first.Chunk(12).Select(v => string.Join(",", v)).ToArray();
        Assert.True(visits.Distinct().Count() > 1, "every visit had the same order");
        var groupOrders = Run(seed: 3).Measured.GroupBy(m => m.Visit).Select(v => string.Join("", v.Select(m => m.Group).Distinct())).Distinct().Count();
        Assert.True(groupOrders > 1, "the groups came in the same order in every visit");
        var firstSlots = Run(seed: 3).Measured.GroupBy(m => (m.Visit, m.Group)).Where(g => g.Key.Group == "A").Select(g => g.First().Slot).Distinct().Count();
        Assert.True(firstSlots > 1, "the same slot of a group always came first");
    }

    [Fact]
    public void Each_slot_is_set_up_once_before_it_is_measured_warmed_up_unmeasured_and_cleaned_up_once_at_the_end()
    {
        var (measured, recorder) = Run(seed: 1, visits: 3, warmup: 2);

        foreach (var slot in measured.Select(m => m.Slot).Distinct())
        {
            var events = recorder.Events.Select((e, i) => (e, i)).Where(x => x.e.EndsWith(" " + slot, StringComparison.Ordinal)).ToArray();
            Assert.Equal($"setup {slot}", events[0].e);
            Assert.Equal(2 + 3, events.Count(x => x.e == $"measure {slot}")); // two warm-up invocations, then one a visit
            Assert.Equal($"cleanup {slot}", events[^1].e);
            Assert.Single(events, x => x.e == $"cleanup {slot}");
        }
        Assert.Equal(3 * 12, measured.Count);
    }

    [Fact]
    public void A_slot_that_throws_is_left_out_of_every_visit_and_the_others_go_on()
    {
        var calls = 0;
        var broken = new VisitSlot("broken", () => ++calls == 3 ? throw new InvalidOperationException("boom") : 1);
        var fine = new VisitSlot("fine", () => 2);
        var log = new StringWriter();

        var measured = new InterleavedDriver(5, 0, new VisitOrder(0), log).Run([new VisitGroup("G", [broken, fine])]);

        Assert.All(measured, m => Assert.Equal("fine", m.Slot));
        Assert.Equal(5, measured.Count);
        Assert.Contains("broken failed (InvalidOperationException: boom)", log.ToString());
    }

    [Fact]
    public void Counting_groups_get_the_capacity_reference_from_2_workers_and_sleeping_is_not_interleaved()
    {
        var crunch = BenchmarkConverter.TypeToBenchmarks(typeof(TinyCrunchBenchmarks)).BenchmarksCases;
        var sleep = BenchmarkConverter.TypeToBenchmarks(typeof(TinySleepBenchmarks)).BenchmarksCases;

        var run = InterleavedPass.Measure([.. crunch, .. sleep], Environment.ProcessorCount, new InterleavedSettings(Visits: 5), TextWriter.Null);

        Assert.NotNull(run);
        Assert.Equal(5, run.Visits);
        Assert.Equal(4, run.Cases.Count); // Serial and Threads at 1 and 2 workers; no sleep
        Assert.All(run.Cases, c => Assert.Equal(5, c.Nanoseconds.Count));
        Assert.All(run.Cases, c => Assert.Contains("TinyCrunchBenchmarks", c.Id));
        var reference = Assert.Single(run.References);
        Assert.Equal(2, reference.Workers);
        Assert.Equal(5, reference.Bounds.Count);
        Assert.All(reference.Bounds, b => Assert.InRange(b, 0.1, Environment.ProcessorCount * 1.5));
        var threads = run.EstimateOf(run.Cases.Single(c => c is { Strategy: "Threads", Workers: 2 }).Id)!;
        Assert.NotNull(threads.Speedup);
        Assert.NotNull(threads.OfCapacity);
        Assert.Null(InterleavedPass.Measure([.. sleep], Environment.ProcessorCount, new InterleavedSettings(Visits: 5), TextWriter.Null));
    }

    private static int Runs(IEnumerable<string> items) => items.Aggregate((Count: 0, Last: (string?)null), (a, x) => x == a.Last ? a : (a.Count + 1, x)).Count;
}

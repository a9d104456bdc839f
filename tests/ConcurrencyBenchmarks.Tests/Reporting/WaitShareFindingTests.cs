using ConcurrencyBenchmarks.RunReporting.Page;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>What the findings say of a workload's CPU share: how much of it waits, what that allows, and when its work may be of long phases.</summary>
public class WaitShareFindingTests
{
    private const double Ms = 1e6;

    private static CaseResult[] Group(double busyCores, params (string Strategy, int Workers, double Ms)[] concurrent) =>
    [
        new("g", "Serial", true, 1, 2, Timing.Exactly(100 * Ms), Workload.Mixed.Unknown) { BusyCores = busyCores },
        new("g", "Serial", true, 8, 2, Timing.Exactly(800 * Ms), Workload.Mixed.Unknown) { BusyCores = busyCores },
        .. concurrent.Select(c => new CaseResult("g", c.Strategy, false, c.Workers, 2, Timing.Exactly(c.Ms * Ms), Workload.Mixed.Unknown)),
    ];

    [Fact]
    public void A_worker_that_waits_62_percent_lets_2_point_6_workers_per_processor_overlap()
    {
        var sentence = Findings.WaitShare(Group(0.38, ("Threads", 8, 160)));

        Assert.StartsWith("62% of one worker's time is waiting", sentence);
        Assert.Contains("up to 2.6 workers per processor overlap fully", sentence);
        Assert.Contains("past 5.3 workers on 2 processors the computing is the limit", sentence);
    }

    [Fact]
    public void Counting_and_sleeping_are_named_as_the_extremes_and_an_unmeasured_share_says_nothing()
    {
        Assert.Contains("the processors are the limit", Findings.WaitShare(Group(1.01, ("Threads", 8, 400))));
        Assert.Contains("so up to 2000 workers can finish in one worker's time", Findings.WaitShare(Group(0.001, ("Threads", 8, 100))));
        CaseResult[] unmeasured = [new("g", "Serial", true, 1, 2, Timing.Exactly(100 * Ms), new Workload.Mixed(0.5))];
        Assert.Null(Findings.WaitShare(unmeasured));
    }

    [Fact]
    public void Past_the_knee_a_best_time_near_the_long_phases_bound_is_named_as_such()
    {
        // s = 0.5, C = 2, N = 8: ideal 200 ms (short slices), long phases 250 ms; the fastest took 240 ms.
        var sentence = Findings.LongPhases(Group(0.5, ("Threads", 8, 240), ("ThreadPool", 8, 300)));

        Assert.NotNull(sentence);
        Assert.StartsWith("At 8 workers the fastest strategy, Threads, took 240", sentence);
        Assert.Contains("a few long phases", sentence);
    }

    [Fact]
    public void Near_the_ideal_or_before_the_knee_nothing_is_said_of_long_phases()
    {
        Assert.Null(Findings.LongPhases(Group(0.5, ("Threads", 8, 210))));    // near the 200 ms ideal
        Assert.Null(Findings.LongPhases(Group(0.5, ("Threads", 4, 150))));    // 4·0.5 = C: not past the knee
        Assert.Null(Findings.LongPhases(Group(1.0, ("Threads", 8, 480))));    // counting has no waits to sit between
    }
}

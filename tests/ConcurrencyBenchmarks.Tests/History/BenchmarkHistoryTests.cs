using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>Runs into series: one point per commit, in the order of the runs' dates.</summary>
public class BenchmarkHistoryTests
{
    private static readonly MachineFingerprint Machine = new("CPU", 2, 1, "Linux", ".NET 10");

    private static HistoryRun Run(string commit, int day, double median, string id) =>
        new(id, commit, new DateTimeOffset(2026, 11, day, 0, 0, 0, TimeSpan.Zero), Machine,
            [new HistoryBenchmark("B", "T", "M", "Workers=1", median, median, median, median, median, 10, null, null)]);

    [Fact]
    public void Runs_of_one_commit_in_a_row_are_one_point_and_a_commit_measured_again_later_is_a_point_of_its_own()
    {
        // Added out of order: the dates decide. c2 ran twice in a row; c1's job was re-run after c3.
        var machine = new MachineHistory("f", MachineSeries.Of(Machine),
        [
            Run("c2", 3, 30, "r3"), Run("c1", 1, 10, "r1"), Run("c2", 4, 50, "r4"), Run("c3", 5, 60, "r5"), Run("c1", 6, 20, "r6"),
        ]);

        var points = Assert.Single(BenchmarkHistory.Of(machine)).Points;

        Assert.Equal(["c1", "c2", "c3", "c1"], BenchmarkHistory.Slots(machine).Select(s => s[0].Commit));
        Assert.Equal([("c1", 0, 10.0, 1), ("c2", 1, 40.0, 2), ("c3", 2, 60.0, 1), ("c1", 3, 20.0, 1)],
            points.Select(p => (p.Commit, p.Slot, p.Median, p.Runs)));
        var report = HistoryReport.Of(new HistoryContents([machine], []));
        Assert.Equal(["c1", "c2", "c3", "c1"], report.Machines.Single().Commits);
    }
}

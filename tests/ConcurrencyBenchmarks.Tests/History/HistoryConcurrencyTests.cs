using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>Eight <c>history add</c> processes at once on one store, as two CI jobs or a person and a job would.</summary>
public sealed class HistoryConcurrencyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-history-concurrent-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Store => Path.Combine(_folder, "history");

    /// <summary>A run of its own: the real report with one raw value changed, so its hash differs.</summary>
    private string Results(int run) => DamagedReport.Write(_folder, text => DamagedReport.WithFirstRawValue(text, (10_000_000 + run).ToString()), $"run-{run}");

    private ProcessResult[] AddAtOnce(IEnumerable<(string Results, string Commit)> runs) =>
        runs.AsParallel().WithDegreeOfParallelism(8)
            .Select(r => ProcessRunner.RunDotnet("ConcurrencyBenchmarks", ["history", "add", "--results", r.Results, "--to", Store, "--commit", r.Commit]))
            .ToArray();

    [Fact]
    public void Eight_different_runs_at_once_are_eight_whole_lines()
    {
        var results = AddAtOnce(Enumerable.Range(1, 8).Select(i => (Results(i), $"c{i}")));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.StandardError));
        var contents = new HistoryStore(Store).Load();
        Assert.Empty(contents.Problems);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"c{i}").Order(), contents.Machines.Single().Runs.Select(r => r.Commit).Order());
        Assert.Equal(8, File.ReadAllLines(Directory.GetFiles(Store).Single()).Length);
    }

    [Fact]
    public void The_same_run_eight_times_at_once_is_one_line_and_seven_refusals()
    {
        var results = AddAtOnce(Enumerable.Repeat((Results(1), "c1"), 8));

        Assert.Single(results, r => r.ExitCode == 0);
        Assert.Equal(7, results.Count(r => r.ExitCode == 2 && r.StandardError.Contains("this run is in the history already")));
        Assert.Single(new HistoryStore(Store).Load().Machines.Single().Runs);
    }
}

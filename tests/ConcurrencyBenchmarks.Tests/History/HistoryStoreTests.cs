using ConcurrencyBenchmarks.Reporting.Comparison;
using ConcurrencyBenchmarks.Reporting.History;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>The history folder: runs kept per machine, every field back as written, duplicates refused, bad lines named.</summary>
public sealed class HistoryStoreTests : IDisposable
{
    private static readonly MachineFingerprint Epyc = new("AMD EPYC", 2, 1, "Debian GNU/Linux 12", ".NET 10.0.12");
    private static readonly MachineFingerprint Xeon = new("Intel Xeon Processor 2.10GHz", 2, 1, "Debian GNU/Linux 12", ".NET 10.0.12");
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-history-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static HistoryRun Run(string id, string commit, MachineFingerprint machine, double median = 1e6) =>
        new(id, commit, new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), machine,
        [
            new HistoryBenchmark("NS.CrunchNumbersBenchmarks.Serial(Iterations: 4, Workers: 2)", "CrunchNumbersBenchmarks", "Serial", "Iterations=4&Workers=2",
                median, median * 0.9, median * 1.1, median * 0.8, median * 1.5, 10, 1.0, 0.98),
            new HistoryBenchmark("NS.WorkerStartupBenchmarks.Start", "WorkerStartupBenchmarks", "Start", "", 2e6, 1.9e6, 2.1e6, 1.8e6, 2.5e6, 12, null, null),
        ]);

    [Fact]
    public void A_run_comes_back_with_every_field_as_it_was_added()
    {
        var store = new HistoryStore(_folder);
        var run = Run("a1", "0123456789abcdef", Epyc);

        store.Add(run);
        var machine = Assert.Single(store.Load().Machines);
        var back = Assert.Single(machine.Runs);

        Assert.Equal((run.Id, run.Commit, run.Date, run.Machine), (back.Id, back.Commit, back.Date, back.Machine));
        Assert.Equal(run.Benchmarks, back.Benchmarks); // records: every field, the nulls too
        Assert.Equal(Epyc, machine.Machine);
    }

    [Fact]
    public void The_same_run_added_twice_is_refused_and_the_history_keeps_one()
    {
        var store = new HistoryStore(_folder);
        store.Add(Run("a1", "c1", Epyc));
        store.Add(Run("a2", "c1", Epyc)); // the same commit measured again is another run

        var refused = Assert.Throws<HistoryInputException>(() => store.Add(Run("a1", "c1", Epyc)));

        Assert.Contains("this run is in the history already", refused.Message);
        Assert.Contains("line 1", refused.Message);
        Assert.Equal(2, store.Load().Machines.Single().Runs.Count);
    }

    [Fact]
    public void Machines_are_kept_in_files_of_their_own()
    {
        var store = new HistoryStore(_folder);
        store.Add(Run("a1", "c1", Epyc));
        store.Add(Run("b1", "c1", Xeon));
        var (_, epycRuns) = store.Add(Run("a2", "c2", Epyc));
        store.Add(Run("a3", "c3", Epyc with { Runtime = ".NET 10.0.13" })); // another runtime is another machine

        var machines = store.Load().Machines;

        Assert.Equal(2, epycRuns); // what add reports: the runs of that machine, the new one included
        Assert.Equal(3, machines.Select(m => m.File).Distinct().Count());
        Assert.Equal(3, Directory.GetFiles(_folder, "*.jsonl").Length);
        Assert.Equal(2, machines.Single(m => m.Machine == Epyc).Runs.Count);
        Assert.Single(machines.Single(m => m.Machine == Xeon).Runs);
        Assert.StartsWith("amd-epyc-2c-", Path.GetFileName(store.FileFor(Epyc)));
    }

    [Fact]
    public void A_corrupt_line_is_named_with_its_file_and_line_and_the_rest_still_reads()
    {
        var store = new HistoryStore(_folder);
        var (file, _) = store.Add(Run("a1", "c1", Epyc));
        File.AppendAllText(file, "{\"Id\":\"a2\",\"Commit\":\"c2\",\"Benchm\n");      // a copy cut short
        File.AppendAllText(file, "{\"Id\":\"a3\",\"Commit\":\"c3\"}\n");               // valid JSON, not a run
        File.AppendAllText(file, "{\"Id\":\"a4\",\"Commit\":\"c4\"");                   // cut short without its line end
        store.Add(Run("a5", "c5", Epyc));

        var contents = store.Load();

        Assert.Equal(["a1", "a5"], contents.Machines.Single().Runs.Select(r => r.Id));
        Assert.Equal([2, 3, 4], contents.Problems.Select(p => p.Line));
        Assert.All(contents.Problems, p => Assert.Equal(file, p.File));
        Assert.StartsWith($"{file}:3: not a run: no Machine", contents.Problems[1].ToString());
    }

    [Fact]
    public void A_history_folder_that_does_not_exist_is_one_line()
    {
        var missing = Path.Combine(_folder, "nothing-here");

        var e = Assert.Throws<HistoryInputException>(() => new HistoryStore(missing).Load());

        Assert.Equal($"the history '{missing}' does not exist", e.Message);
    }
}

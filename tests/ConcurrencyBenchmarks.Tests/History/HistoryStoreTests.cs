using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Analysis.Record;

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
            new HistoryBenchmark("NS.CrunchNumbersBenchmarks.Threads(Iterations: 4, Workers: 2)", "CrunchNumbersBenchmarks", "Threads", "Iterations=4&Workers=2",
                median / 1.8, median * 0.5, median * 0.6, median * 0.4, median * 0.7, 10, 1.8, 0.9, "Workers", false, OfCapacity: 0.95),
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
        Assert.Equal(MachineSeries.Of(Epyc), machine.Machine);
    }

    [Fact]
    public void The_same_run_added_twice_is_refused_and_the_history_keeps_one()
    {
        var store = new HistoryStore(_folder);
        store.Add(Run("a1", "c1", Epyc));
        store.Add(Run("a2", "c1", Epyc)); // the same commit measured again is another run

        var refused = Assert.Throws<RunInputException>(() => store.Add(Run("a1", "c1", Epyc)));

        Assert.Contains("this run is in the history already", refused.Message);
        Assert.Contains("line 1", refused.Message);
        Assert.Equal(2, store.Load().Machines.Single().Runs.Count);
    }

    [Fact]
    public void Machines_are_kept_in_files_of_their_own_and_a_runtime_or_os_release_update_stays_in_its_series()
    {
        var store = new HistoryStore(_folder);
        store.Add(Run("a1", "c1", Epyc));
        store.Add(Run("b1", "c1", Xeon));
        var (_, epycRuns) = store.Add(Run("a2", "c2", Epyc));
        store.Add(Run("a3", "c3", Epyc with { Runtime = ".NET 10.0.13", Os = "Debian GNU/Linux 13" })); // the same machine, updated
        store.Add(Run("a4", "c4", Epyc with { LogicalCores = 4 })); // other hardware is another machine

        var machines = store.Load().Machines;

        Assert.Equal(2, epycRuns); // what add reports: the runs of that machine, the new one included
        Assert.Equal(3, machines.Select(m => m.File).Distinct().Count());
        Assert.Equal(3, Directory.GetFiles(_folder, "*.jsonl").Length);
        Assert.Equal(["a1", "a2", "a3"], machines.Single(m => m.Machine == MachineSeries.Of(Epyc)).Runs.Select(r => r.Id));
        Assert.Single(machines.Single(m => m.Machine == MachineSeries.Of(Xeon)).Runs);
        Assert.Equal("Linux", MachineSeries.Of(Epyc).OsFamily);
        Assert.StartsWith("amd-epyc-2c-", Path.GetFileName(store.FileFor(Epyc)));
    }

    [Fact]
    public void Runs_of_one_machine_in_files_of_an_older_naming_are_one_series()
    {
        var store = new HistoryStore(_folder);
        var (file, _) = store.Add(Run("a1", "c1", Epyc));
        // An older store named files by a fingerprint that held the runtime: the same machine under another name.
        File.Move(file, Path.Combine(_folder, "amd-epyc-2c-0ld0name.jsonl"));
        store.Add(Run("a2", "c2", Epyc with { Runtime = ".NET 10.0.13" }));

        var machine = Assert.Single(store.Load().Machines);

        Assert.Equal(["a1", "a2"], machine.Runs.Select(r => r.Id));
        Assert.Equal(store.FileFor(Epyc), machine.File); // the file the next run goes to
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
        Assert.StartsWith($"{file}:3: no Date", contents.Problems[1].ToString());
    }

    [Theory]
    [InlineData("\"Median\":1000000,", "\"Median\":-1,", "Median is not a time above zero (-1)")]
    [InlineData("\"Median\":1000000,", "\"Median\":0,", "Median is not a time above zero (0)")]
    [InlineData("\"Median\":1000000,", "\"Median\":\"fast\",", "not a run:")]
    [InlineData("\"N\":10,", "\"N\":0,", "N is 0")]
    [InlineData("\"Speedup\":1,", "\"Speedup\":-2,", "Speedup is not a ratio above zero (-2)")]
    [InlineData("\"OfCapacity\":0.95", "\"OfCapacity\":0", "OfCapacity is not a share above zero (0)")]
    [InlineData("\"Type\":\"CrunchNumbersBenchmarks\",", "", "no Type, Method or Parameters")]
    [InlineData("\"Processor\":\"AMD EPYC\",", "", "no Machine")]
    [InlineData("\"Commit\":\"c1\",", "\"Commit\":\"\",", "no Commit")]
    [InlineData("\"LogicalCores\":2,", "\"LogicalCores\":0,", "fewer than one core")]
    public void A_line_with_a_bad_field_is_named_and_never_throws(string field, string replacement, string reason)
    {
        var store = new HistoryStore(_folder);
        var (file, _) = store.Add(Run("a1", "c1", Epyc));
        var line = File.ReadAllText(file).TrimEnd('\n');
        Assert.Contains(field, line); // the field the damage replaces is there to replace
        File.AppendAllText(file, line.Replace("\"Id\":\"a1\"", "\"Id\":\"a2\"").Replace(field, replacement) + "\n");

        var contents = store.Load();

        Assert.Equal(["a1"], contents.Machines.Single().Runs.Select(r => r.Id));
        var problem = Assert.Single(contents.Problems);
        Assert.StartsWith($"{file}:2: ", problem.ToString());
        Assert.Contains(reason, problem.Reason);
        var report = HistoryReport.Of(contents); // and the report is drawn from the rest
        Assert.Single(report.Machines);
    }

    [Fact]
    public void Add_refuses_a_run_that_the_report_would_not_read_and_writes_nothing()
    {
        var store = new HistoryStore(_folder);
        var good = Run("a1", "c1", Epyc);
        var bad = good with { Id = "a2", Benchmarks = [good.Benchmarks[0] with { Median = double.NaN }] };

        var refused = Assert.Throws<RunInputException>(() => store.Add(bad));

        Assert.Contains("Median is not a time above zero (NaN)", refused.Message);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Adds_at_once_from_many_threads_keep_every_run_whole_and_one_copy_of_a_run()
    {
        var store = new HistoryStore(_folder);
        var different = Enumerable.Range(0, 8).Select(i => Run($"d{i}", $"c{i}", Epyc)).ToArray();
        var same = Run("s", "cs", Epyc);

        Parallel.ForEach(different, new ParallelOptions { MaxDegreeOfParallelism = 8 }, run => store.Add(run));
        var refusals = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            try
            {
                store.Add(same);
            }
            catch (RunInputException e) when (e.Message.Contains("in the history already"))
            {
                Interlocked.Increment(ref refusals);
            }
        });

        var contents = store.Load();
        Assert.Empty(contents.Problems);
        Assert.Equal(different.Select(r => r.Id).Append("s").Order(), contents.Machines.Single().Runs.Select(r => r.Id).Order());
        Assert.Equal(7, refusals);
    }

    [Fact]
    public void A_history_folder_that_does_not_exist_is_one_line()
    {
        var missing = Path.Combine(_folder, "nothing-here");

        var e = Assert.Throws<RunInputException>(() => new HistoryStore(missing).Load());

        Assert.Equal($"the history '{missing}' does not exist", e.Message);
    }
}

using System.Text.Json.Nodes;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.Simulations;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.History;

/// <summary>`history add` and `history report` as CI runs them, on real reports of the suite.</summary>
public sealed class HistoryCommandTests : IDisposable
{
    private static readonly string RealRuns = Path.Combine(AppContext.BaseDirectory, "Comparison", "Data");
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-history-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output) History(params string[] args)
    {
        var output = new StringWriter();
        var exit = HistoryCommand.Run(args, output);
        return (exit, output.ToString());
    }

    private string Store => Path.Combine(_folder, "history");

    [Fact]
    public void A_real_run_is_kept_with_its_machine_medians_and_speedups()
    {
        var (exit, output) = History("add", "--results", Path.Combine(RealRuns, "run-a"), "--to", Store, "--commit", "abc1234def", "--date", "2026-11-20T08:00:00Z");

        Assert.Equal(0, exit);
        Assert.Contains("added commit abc1234", output);
        var machine = Assert.Single(new HistoryStore(Store).Load().Machines);
        Assert.Equal("AMD EPYC", machine.Machine.Processor);
        var run = Assert.Single(machine.Runs);
        Assert.Equal(("abc1234def", new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)), (run.Commit, run.Date));
        Assert.Equal(6, run.Benchmarks.Count);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(RealRuns, "run-a", "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json")))!;
        foreach (var benchmark in report["Benchmarks"]!.AsArray())
        {
            var kept = run.Benchmarks.Single(b => b.Id == (string)benchmark!["FullName"]!);
            Assert.Equal((double)benchmark!["Statistics"]!["Median"]!, kept.Median);
            Assert.Equal((double)benchmark["Statistics"]!["Q3"]!, kept.UpperQuartile);
            Assert.Equal((int)benchmark["Statistics"]!["N"]!, kept.N);
        }
        // Serial's speed-up over itself is 1; every case's is Serial's median over its own at the same worker count.
        Assert.All(run.Benchmarks.Where(b => b.Method == "Serial"), b => Assert.Equal(1.0, b.Speedup));
        var threads = run.Benchmarks.Single(b => b.Method == "Threads" && b.Parameters.EndsWith("Workers=4"));
        var serial = run.Benchmarks.Single(b => b.Method == "Serial" && b.Parameters.EndsWith("Workers=4"));
        Assert.Equal(serial.Median / threads.Median, threads.Speedup);
    }

    [Fact]
    public void A_results_folder_whose_reports_were_written_a_day_apart_is_refused_and_the_store_is_not_touched()
    {
        var folder = DamagedReport.Write(_folder, text => text);
        var other = File.ReadAllText(Path.Combine(RealRuns, "run-a", "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json"))
            .Replace("OnlySleepBenchmarks", "OtherSleepBenchmarks").Replace("-20261126-054824", "-20261127-060000");
        File.WriteAllText(Path.Combine(folder, "ConcurrencyBenchmarks.OtherSleepBenchmarks-report-full.json"), other);

        var refused = Assert.Throws<UsageException>(() => History("add", "--results", folder, "--to", Store, "--commit", "c1"));

        Assert.Contains("hours apart", refused.Message);
        Assert.Contains("more than one run", refused.Message);
        Assert.False(Directory.Exists(Store));
    }

    [Fact]
    public void The_kernel_the_run_recorded_and_the_commit_before_the_push_are_kept()
    {
        var folder = DamagedReport.Write(_folder, text => text.Replace("\"HostEnvironmentInfo\":{", "\"RunEnvironment\":{\"Kernel\":\"6.1.0-28-cloud-amd64\"},\"HostEnvironmentInfo\":{"));
        Assert.Contains("6.1.0-28", File.ReadAllText(Directory.GetFiles(folder).Single()));

        var (exit, _) = History("add", "--results", folder, "--to", Store, "--commit", "c2", "--since", "c1");

        Assert.Equal(0, exit);
        var run = new HistoryStore(Store).Load().Machines.Single().Runs.Single();
        Assert.Equal(("6.1.0-28-cloud-amd64", "c1"), (run.Kernel, run.Since));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-10113694")]
    public void A_median_that_is_not_a_time_above_zero_is_refused_and_the_store_is_not_touched(string damaged)
    {
        var folder = DamagedReport.Write(_folder, text => text.Replace("\"Median\":10113694", "\"Median\":" + damaged));

        var refused = Assert.Throws<UsageException>(() => History("add", "--results", folder, "--to", Store, "--commit", "c1"));

        Assert.Contains("has a Median that is not a time above zero", refused.Message);
        Assert.False(Directory.Exists(Store) && Directory.EnumerateFiles(Store).Any(), "the store was written");
    }

    [Fact]
    public void The_same_results_added_twice_are_refused_in_one_line()
    {
        History("add", "--results", Path.Combine(RealRuns, "run-a"), "--to", Store, "--commit", "c1");
        History("add", "--results", Path.Combine(RealRuns, "run-b"), "--to", Store, "--commit", "c2");

        var refused = Assert.Throws<UsageException>(() => History("add", "--results", Path.Combine(RealRuns, "run-a"), "--to", Store, "--commit", "c3"));

        Assert.StartsWith("this run is in the history already (", refused.Message);
        Assert.Contains("line 1: commit c1", refused.Message);
        Assert.Equal(2, new HistoryStore(Store).Load().Machines.Single().Runs.Count);
    }

    [Theory]
    [InlineData(new[] { "history" }, "Required command was not provided; usage: history add --results <dir>")]
    [InlineData(new[] { "history", "add", "--to", "x" }, "Option '--results' is required")]
    [InlineData(new[] { "history", "add", "--results", "/no/such/folder", "--to", "x", "--commit", "c" }, "--results '/no/such/folder' does not exist")]
    [InlineData(new[] { "history", "add", "--results", ".", "--to", "x", "--date", "yesterday" }, "--date 'yesterday' is not a date")]
    [InlineData(new[] { "history", "report", "--from", "/no/such/history", "--output", "x" }, "the history '/no/such/history' does not exist")]
    [InlineData(new[] { "history", "report", "--from" }, "Required argument missing for option: '--from'")]
    [InlineData(new[] { "history", "report", "--form", "x" }, "Unrecognized command or argument '--form'")]
    public void Bad_input_is_one_line(string[] args, string expected)
    {
        var e = Assert.Throws<UsageException>(() => History(args[1..]));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void From_BenchmarkDotNet_Artifacts_only_the_run_in_results_is_read_and_two_runs_in_one_folder_are_refused()
    {
        var artifacts = Path.Combine(_folder, "BenchmarkDotNet.Artifacts");
        CopyFolder(Path.Combine(RealRuns, "run-a"), Path.Combine(artifacts, "results"));
        CopyFolder(Path.Combine(RealRuns, "run-b"), Path.Combine(artifacts, "ab", "base", "round-1", "results")); // ab's rounds beside it

        var (exit, _) = History("add", "--results", artifacts, "--to", Store, "--commit", "c1");
        var mixed = Path.Combine(_folder, "mixed");
        CopyFolder(Path.Combine(RealRuns, "run-a"), Path.Combine(mixed, "one"));
        CopyFolder(Path.Combine(RealRuns, "run-b"), Path.Combine(mixed, "two"));
        var refused = Assert.Throws<UsageException>(() => History("add", "--results", mixed, "--to", Store, "--commit", "c2"));

        Assert.Equal(0, exit);
        Assert.Equal(6, new HistoryStore(Store).Load().Machines.Single().Runs.Single().Benchmarks.Count);
        Assert.Equal($"'{mixed}' holds 2 runs, a folder each (one, two): add one run at a time", refused.Message);
    }

    [Fact]
    public void A_failed_benchmark_is_left_out_and_said_while_the_others_are_kept()
    {
        var results = Path.Combine(_folder, "partly-failed");
        Directory.CreateDirectory(results);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(RealRuns, "run-a", "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json")))!;
        var failed = report["Benchmarks"]![0]!;
        failed.AsObject().Remove("Statistics");
        File.WriteAllText(Path.Combine(results, "x-report-full.json"), report.ToJsonString());

        var (exit, output) = History("add", "--results", results, "--to", Store, "--commit", "c1");

        Assert.Equal(0, exit);
        Assert.Contains($"left out {(string)failed["FullName"]!}: no result", output);
        Assert.Equal(5, new HistoryStore(Store).Load().Machines.Single().Runs.Single().Benchmarks.Count);
    }

    [Fact]
    public void The_report_writes_a_page_with_a_chart_per_benchmark_the_steps_first_and_a_markdown_summary()
    {
        var spreads = Enumerable.Range(0, 30).Select(b => b < 20 ? 0.005 : 0.15).ToArray();
        var medians = SyntheticHistory.Generate(spreads, 24, seed: 4, (b, commit) => b == 7 && commit >= 12 ? 1.25 : 1);
        var store = new HistoryStore(Store);
        var machine = new MachineFingerprint("Synthetic CPU", 2, 1, "Linux", ".NET 10.0.12 (10.0.12, 10.0.1226.42308)");
        // The runtime is updated with the step's commit; commits after the 6th were pushed while it ran, and never measured.
        foreach (var (run, c) in SyntheticHistory.AsRuns(medians, machine).Select((run, c) => (run, c)))
            store.Add(run with
            {
                Machine = c >= 12 ? machine with { Runtime = ".NET 10.0.13 (10.0.13, 10.0.1326.1)" } : machine,
                Since = c == 7 ? "deadbeef" + new string('0', 32) : null,
            });
        File.AppendAllText(store.FileFor(machine), "not json\n");
        var page = Path.Combine(_folder, "page");

        var (exit, output) = History("report", "--from", Store, "--output", page);

        Assert.Equal(0, exit);
        Assert.Contains(":25: not a run", output); // the bad line, by its number; the 24 runs before it still count
        // Threads at 2 workers slowed by 25% while Serial did not: a step in its time and one in its speed-up.
        Assert.Contains("24 runs of 24 commits on 1 machine, 30 benchmarks; 2 steps found.", output);
        var html = File.ReadAllText(Path.Combine(page, HistoryPage.FileName));
        Assert.True(html.IndexOf("id=\"steps\"", StringComparison.Ordinal) < html.IndexOf("<img", StringComparison.Ordinal), "the steps come before the charts");
        Assert.Contains("Workload0Benchmarks.Threads(Workers=2)</td><td class=\"n\">+2", html); // benchmark 7: Threads at 2 workers, +25%
        Assert.Contains("<code>000c000</code>", html); // the first commit after the step: commit 12
        Assert.Contains("<tr class=\"worse\"><td>speed-up of Workload0Benchmarks.Threads(Workers=2)</td><td class=\"n\">-2", html);
        // A chart per benchmark and a speed-up chart per workload at its largest worker count and where a speed-up stepped,
        // each a file beside the page.
        var charts = Directory.GetFiles(page, "history-*.svg");
        Assert.Equal(30 + 2, charts.Length);
        Assert.All(charts, chart => Assert.Contains(Path.GetFileName(chart), html));
        Assert.DoesNotContain("<script", html);
        var markdown = File.ReadAllText(Path.Combine(page, "history.md"));
        Assert.Contains("| Workload0Benchmarks.Threads(Workers=2) | +2", markdown);
        Assert.Contains("1 line of the history could not be read", markdown);
        // The step names the runtime update it coincides with; the update and the unmeasured commits are listed and drawn.
        Assert.Contains("| `000c000` | runtime 10.0.12 → 10.0.13 at 000c000 | Synthetic CPU |", markdown);
        Assert.Contains("- Synthetic CPU: not measured: the commits after 0006000 up to deadbee", markdown);
        Assert.Contains("<td>runtime 10.0.12 → 10.0.13 at 000c000</td>", html);
        Assert.Contains("runtime 10.0.12 → 10.0.13 at 000c000", File.ReadAllText(Path.Combine(page, "history-002.svg")));
        if (Environment.GetEnvironmentVariable("CONCURRENCY_TEST_PAGES") is { Length: > 0 } pages)
            CopyFolder(page, Path.Combine(pages, "history"));
    }

    [Fact]
    public void An_empty_history_says_so_instead_of_claiming_no_steps()
    {
        Directory.CreateDirectory(Store);

        var (exit, _) = History("report", "--from", Store, "--output", Path.Combine(_folder, "page"));

        Assert.Equal(0, exit);
        Assert.Contains("The history holds no run yet: add one with history add.", File.ReadAllText(Path.Combine(_folder, "page", "history.md")));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}

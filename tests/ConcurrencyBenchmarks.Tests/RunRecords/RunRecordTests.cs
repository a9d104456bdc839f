using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.RunReporting.Record;

namespace ConcurrencyBenchmarks.Tests.RunRecords;

/// <summary>
/// compare, history and ab read a folder's reports as the run its manifest names: a report it does not name is
/// refused, not pooled; what the manifest says of the run (a capacity that changed, the commit) reaches them.
/// </summary>
public sealed class RunRecordTests : IDisposable
{
    private static readonly string RealRuns = Path.Combine(AppContext.BaseDirectory, "Comparison", "Data");
    private const string Report = "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json";
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-record-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Run A's real report in a folder of its own, with a manifest as a run writes it.</summary>
    private string RunWithManifest(string name, bool? capacityHeld = true, string? commit = "2222222222", string[]? reports = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        File.Copy(Path.Combine(RealRuns, "run-a", Report), Path.Combine(folder, Report));
        CapacityPoint[] capacity = [new(1, 1, 1), new(2, 1.9, 1.8)];
        new RunManifest("1.0.0", commit, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow, ["--filter", "*"],
            new RunMachine("AMD EPYC", 2, 2, "Linux", ".NET 10.0.12", null), 2, new RunSizes([1, 2], "100ms", 400_000_000),
            capacity, capacityHeld is null ? null : [new(1, 1, 1), new(2, capacityHeld.Value ? 1.9 : 1.2, capacityHeld.Value ? 1.8 : 1.1)],
            capacityHeld, reports ?? [Report], 6, 0).Write(folder);
        return folder;
    }

    private static (int Exit, string Output) Compare(params string[] args)
    {
        var output = new StringWriter();
        return (CompareCommand.Run(args, output), output.ToString());
    }

    [Fact]
    public void A_report_the_manifest_does_not_name_is_refused_by_compare_and_history_not_pooled()
    {
        var run = RunWithManifest("run", reports: ["ConcurrencyBenchmarks.CrunchNumbersBenchmarks-report-full.json"]);

        var compared = Assert.Throws<UsageException>(() => Compare("--base", run, "--diff", Path.Combine(RealRuns, "run-b")));
        var kept = Assert.Throws<UsageException>(() => HistoryCommand.Run(["add", "--results", run, "--to", Path.Combine(_folder, "store"), "--commit", "c1"], TextWriter.Null));

        foreach (var refused in new[] { compared, kept })
        {
            Assert.Contains($"'{Path.Combine(run, Report)}' is not one of the reports of the run that {RunManifest.FileName} beside it records", refused.Message);
            Assert.DoesNotContain('\n', refused.Message);
        }
        Assert.False(Directory.Exists(Path.Combine(_folder, "store")), "the history was written");
    }

    [Fact]
    public void Compare_warns_of_a_run_whose_capacity_changed_and_not_of_one_whose_capacity_held()
    {
        var held = RunWithManifest("held");
        var changed = RunWithManifest("changed", capacityHeld: false);

        var (_, quiet) = Compare("--base", held, "--diff", Path.Combine(RealRuns, "run-b"));
        var (_, warned) = Compare("--base", held, "--diff", changed, "--format", "console");

        Assert.DoesNotContain("capacity changed", quiet);
        Assert.Contains($"WARNING: diff: the machine's capacity changed during the run in '{changed}'", warned);
        Assert.DoesNotContain("base: the machine's capacity", warned);
    }

    [Fact]
    public void A_round_whose_manifest_names_another_commit_is_a_mix_up()
    {
        var round = RunWithManifest("round", commit: "1111111111");

        Assert.Equal($"measured commit 1111111111 (round/{RunManifest.FileName})", RoundCheck.Mismatch(round, "2222222222"));
        Assert.Null(RoundCheck.Mismatch(RunWithManifest("same"), "2222222222"));
    }

    [Fact]
    public void A_manifest_that_is_not_one_is_named_in_one_line()
    {
        var run = RunWithManifest("run");
        File.WriteAllText(Path.Combine(run, RunManifest.FileName), """{ "Suite": "1.0.0" }""");

        var refused = Assert.Throws<UsageException>(() => Compare("--base", run, "--diff", run));

        Assert.StartsWith($"'{Path.Combine(run, RunManifest.FileName)}' is not a run manifest: ", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
    }
}

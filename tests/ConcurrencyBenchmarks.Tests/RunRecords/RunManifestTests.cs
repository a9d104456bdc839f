using System.Text.Json;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Record;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Tests.Fixtures;

namespace ConcurrencyBenchmarks.Tests.RunRecords;

/// <summary>A run writes its manifest beside its reports: what it ran at, on what, and which reports are its own.</summary>
public sealed class RunManifestTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("cb-manifest-").FullName;

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);

    [Fact]
    public void A_run_writes_a_manifest_naming_its_reports_sizes_machine_and_commit()
    {
        var results = Path.Combine(_artifacts, "results");
        Directory.CreateDirectory(results);
        var stale = Path.Combine(results, "Earlier.RunBenchmarks-report-full.json");
        File.WriteAllText(stale, Support.DamagedReport.Original);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1)); // an earlier run's report, left in the folder

        var exit = RunInThisProcess();

        Assert.Equal(0, exit);
        var manifest = JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(Path.Combine(results, RunManifest.FileName)), RunManifest.Json)!;
        Assert.Equal([$"{typeof(CountingBenchmarks).FullName}-report-full.json"], manifest.Reports);
        Assert.Equal(4, manifest.Cases); // Count and CountLater at 1 and 2 workers
        Assert.Equal(0, manifest.FailedCases);
        Assert.Equal(SuiteSizes.Workers, manifest.Sizes.Workers);
        Assert.Equal(SuiteSizes.Iterations, manifest.Sizes.Iterations);
        Assert.Equal(Environment.ProcessorCount, manifest.Processors);
        Assert.Equal(BuildInfo.CommitOf(typeof(CountingBenchmarks).Assembly), manifest.Commit);
        Assert.Contains("--job", manifest.Arguments);
        Assert.NotEqual("?", manifest.Machine.Processor);
        Assert.Null(manifest.CapacityBefore); // nothing counted in scaling, so the capacity was not probed
        Assert.Null(manifest.CapacityHeld);
        Assert.True(manifest.Started <= manifest.Finished);
    }

    [Fact]
    public void A_run_removes_an_earlier_runs_manifest_before_it_measures_and_a_missing_folder_is_no_error()
    {
        var results = Directory.CreateDirectory(Path.Combine(_artifacts, "results")).FullName;
        var earlier = Path.Combine(results, RunManifest.FileName);
        File.WriteAllText(earlier, "{}");

        ManifestWriter.RemoveEarlier(_artifacts);
        ManifestWriter.RemoveEarlier(Path.Combine(_artifacts, "never-written"));

        Assert.False(File.Exists(earlier), "the earlier run's manifest is still there");
    }

    private int RunInThisProcess()
    {
        var console = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null);
            return BenchmarkCommand.Run(
                ["--filter", $"*{nameof(CountingBenchmarks)}*", "--job", "dry", "--inProcess", "--artifacts", _artifacts],
                typeof(CountingBenchmarks).Assembly, SuiteAdditions.Instance);
        }
        finally
        {
            Console.SetOut(console);
        }
    }
}

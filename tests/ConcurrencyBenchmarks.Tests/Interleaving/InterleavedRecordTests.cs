using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.History;
using ConcurrencyBenchmarks.RunReporting.Columns;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.RunReporting.Page;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Tests.Reporting;

namespace ConcurrencyBenchmarks.Tests.Interleaving;

/// <summary>
/// A tiny counting run for real, in this process, as the suite makes it: interleaved visits first, then BDN's cases
/// with the visits in the environment.
/// </summary>
public sealed class InterleavedTinyRun : IDisposable
{
    public const int Visits = RatioInterval.MinimumCount; // the fewest that give intervals
    public const int Seed = 11;
    public string Artifacts { get; } = Directory.CreateTempSubdirectory("cb-interleaved-").FullName;
    public string Log { get; }
    public RunEnvironment Environment { get; }
    public Summary Summary { get; }

    public InterleavedTinyRun()
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3))
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Artifacts)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(TinyCrunchBenchmarks), config).BenchmarksCases;
        var log = new StringWriter();
        var processors = System.Environment.ProcessorCount;
        Environment = new RunEnvironment(processors, null)
        {
            Interleaved = InterleavedPass.Measure(cases, processors, new InterleavedSettings(Visits, Seed: Seed), log),
        };
        Log = log.ToString();
        Summary = BenchmarkRunner.Run<TinyCrunchBenchmarks>(config
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new SpeedupColumn(Environment), new EfficiencyColumn(Environment), new CapacityColumn(Environment))
            .AddExporter(new FullJsonExporter(Environment), MarkdownExporter.GitHub));
    }

    public void Dispose() => Directory.Delete(Artifacts, recursive: true);
}

/// <summary>What the columns, the full JSON, the page and compare's reader get from a run with interleaved visits.</summary>
public sealed class InterleavedRecordTests(InterleavedTinyRun tiny) : IClassFixture<InterleavedTinyRun>
{
    private const int Visits = InterleavedTinyRun.Visits;
    private readonly RunEnvironment _environment = tiny.Environment;
    private readonly Summary _summary = tiny.Summary;
    private readonly string _artifacts = tiny.Artifacts;

    private BenchmarkCase Threads(int workers) =>
        _summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == "Threads" && (int)c.Parameters["Workers"] == workers);

    [Fact]
    public void Every_case_of_both_groups_was_visited_as_often_as_asked_with_a_capacity_reference_from_2_workers()
    {
        var run = _environment.Interleaved!;

        Assert.Equal(Visits, run.Visits);
        Assert.Equal(4, run.Cases.Count); // Serial and Threads at 1 and 2 workers
        Assert.All(run.Cases, c => Assert.Equal(Visits, c.Nanoseconds.Count));
        Assert.All(run.Cases.SelectMany(c => c.Nanoseconds), ns => Assert.True(ns > 0));
        var reference = Assert.Single(run.References);
        Assert.Equal(2, reference.Workers);
        Assert.Contains($"// Interleaved: {Visits} visits to 2 groups that compute", tiny.Log);
    }

    [Fact]
    public void The_speedup_column_shows_the_visits_estimate_with_its_interval()
    {
        var speedup = _environment.Interleaved!.EstimateOf(FullNameProvider.GetBenchmarkName(Threads(2)))!.Speedup!;

        Assert.Equal(
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{speedup.Ratio:0.00} ({speedup.Lower:0.00}–{speedup.Upper:0.00})"),
            new SpeedupColumn(_environment).GetValue(_summary, Threads(2)));
    }

    [Fact]
    public void The_full_json_keeps_every_visit_and_says_where_each_comparison_came_from()
    {
        var report = Directory.GetFiles(Path.Combine(_artifacts, "results"), "*-report-full.json").Single();
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;

        var interleaved = root.GetProperty(FullJsonExporter.InterleavedKey);
        Assert.Equal(Visits, interleaved.GetProperty("Visits").GetInt32());
        Assert.Equal(InterleavedTinyRun.Seed, interleaved.GetProperty("Seed").GetInt32());
        Assert.All(interleaved.GetProperty("Cases").EnumerateArray(), c => Assert.Equal(Visits, c.GetProperty("Nanoseconds").GetArrayLength()));

        var threads = root.GetProperty("Scaling").GetProperty(FullNameProvider.GetBenchmarkName(Threads(2)));
        Assert.Equal("interleaved", threads.GetProperty("ComparedFrom").GetString());
        var (lower, speedup, upper) = (threads.GetProperty("SpeedupLower").GetDouble(), threads.GetProperty("Speedup").GetDouble(),
            threads.GetProperty("SpeedupUpper").GetDouble());
        Assert.True(lower <= speedup && speedup <= upper, $"{lower} <= {speedup} <= {upper}");
    }

    [Fact]
    public void Compare_reads_each_strategys_speedup_visit_by_visit_from_the_record()
    {
        var set = ResultSet.Load(Path.Combine(_artifacts, "results"), "base");
        var run = _environment.Interleaved!;
        var id = FullNameProvider.GetBenchmarkName(Threads(2));
        var threads = run.Cases.Single(c => c.Id == id);
        var serial = run.Cases.Single(c => c.IsBaseline && c.Group == threads.Group);

        var speedups = set.InterleavedSpeedups[id];
        Assert.Equal(serial.Nanoseconds.Zip(threads.Nanoseconds, (s, t) => s / t), speedups);
    }

    [Fact]
    public void The_history_keeps_each_strategys_share_of_capacity_as_the_run_recorded_it()
    {
        var (kept, _) = RunReader.Read(Path.Combine(_artifacts, "results"), "c1", DateTimeOffset.UtcNow);
        var id = FullNameProvider.GetBenchmarkName(Threads(2));

        var recorded = _environment.Interleaved!.EstimateOf(id)!.OfCapacity!.Ratio;
        Assert.Equal(recorded, kept.Benchmarks.Single(b => b.Id == id).OfCapacity!.Value, 9);
        Assert.All(kept.Benchmarks.Where(b => b.Method == "Serial"), b => Assert.Null(b.OfCapacity)); // the baseline has none
    }

    [Fact]
    public void The_page_says_which_figures_came_from_the_visits_and_how_many()
    {
        var html = IndexPage.Render([_summary], _summary.ResultsDirectoryPath, _environment);

        Assert.Contains($"Interleaved: the Speedup, Efficiency and Of capacity of work that computes come from {Visits} visits to 2 groups", html);
        Assert.Contains($"(seed {InterleavedTinyRun.Seed},", html);
        Assert.Matches(new Regex(@"<td class=""n"">[0-9]+\.[0-9]{2} \([0-9]+\.[0-9]{2}–[0-9]+\.[0-9]{2}\)</td>"), html);
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConcurrencyBenchmarks.RunReporting.Charts;
using ConcurrencyBenchmarks.RunReporting.Columns;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>Tiny benchmarks shaped like the suite's, measured for real in this process in about a second.</summary>
[Scaling(WorkloadKind.Sleep, nameof(Sleep))]
public class TinySleepBenchmarks
{
    [Params("2ms")] public string Sleep { get; set; } = "2ms";
    [Params(1, 2)] public int Workers { get; set; }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _ => OnlySleep.Run(Duration.Parse(Sleep)));

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(Workers, _ => OnlySleep.Run(Duration.Parse(Sleep)));
}

[Scaling(WorkloadKind.Crunch, nameof(Iterations))]
public class TinyCrunchBenchmarks
{
    [Params(1000L)] public long Iterations { get; set; }
    [Params(1, 2)] public int Workers { get; set; }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _ => CrunchNumbers.Run(Iterations));

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(Workers, _ => CrunchNumbers.Run(Iterations));
}

/// <summary>Runs the tiny benchmarks once for all the reporting tests: one summary with Serial, one without.</summary>
public sealed class TinyRun : IDisposable
{
    public string Artifacts { get; } = Directory.CreateTempSubdirectory("cb-reporting-").FullName;
    public Summary Sleep { get; }
    public Summary CrunchWithoutSerial { get; }

    /// <summary>The sleeps under two jobs at once, as <c>--runtimes</c> or two <c>--job</c>s give: two groups in one summary.</summary>
    public Summary SleepTwoJobs { get; }

    /// <summary>This machine, its layout read and its capacity probed briefly, as the suite does before a run.</summary>
    public RunEnvironment Environment { get; } = new(System.Environment.ProcessorCount,
        CapacityProbe.Measure(System.Environment.ProcessorCount, [1, 2], TimeSpan.FromMilliseconds(50), rounds: 1)) { Topology = OsReaders.Current.Topology() };

    public TinyRun()
    {
        Sleep = BenchmarkRunner.Run<TinySleepBenchmarks>(Config(withSerial: true));
        CrunchWithoutSerial = BenchmarkRunner.Run<TinyCrunchBenchmarks>(Config(withSerial: false));
        SleepTwoJobs = BenchmarkRunner.Run<TinySleepBenchmarks>(Config(withSerial: true)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2).WithId("Second"))
            .WithArtifactsPath(Path.Combine(Artifacts, "two-jobs")));
    }

    private IConfig Config(bool withSerial)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new SpeedupColumn(Environment), new IdealColumn(Environment), new EfficiencyColumn(Environment), new CapacityColumn(Environment))
            .AddExporter(new ScalingChartExporter(Environment), new FullJsonExporter(Environment), HtmlExporter.Default, MarkdownExporter.GitHub)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Artifacts)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);
        return withSerial ? config : config.AddFilter(new SimpleFilter(c => c.Descriptor.WorkloadMethod.Name != "Serial"));
    }

    public void Dispose() => Directory.Delete(Artifacts, recursive: true);
}

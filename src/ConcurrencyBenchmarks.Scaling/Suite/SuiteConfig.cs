using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Charts;
using ConcurrencyBenchmarks.RunReporting.Columns;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.PoolThreads;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using Perfolizer.Horology;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>The suite's one configuration: what every run measures, shows and writes.</summary>
public static class SuiteConfig
{
    /// <summary>
    /// The job of a default run. Every invocation lasts 100 ms or more, so BDN's pilot and overhead stages buy nothing:
    /// Monitoring runs each invocation once per iteration and keeps the whole default run within minutes.
    /// </summary>
    public static readonly Job DefaultJob = Job.Default
        .WithStrategy(RunStrategy.Monitoring) // one invocation per iteration, no pilot, no overhead subtraction
        .WithLaunchCount(1)                   // one benchmark process per case, each started afresh
        .WithWarmupCount(2)                   // JIT tiers, thread pool and page cache settle in the first two
        .WithIterationCount(10)               // ten values: enough for a median and a Mann-Whitney test
        .WithId("Suite");

    /// <param name="withDefaultJob">false when the command line names a job, which then replaces the suite's.</param>
    /// <param name="environment">The processors and the measured capacity that the scaling columns, charts and JSON hold results against.</param>
    /// <param name="filters">The program's own (the suite's: the NativeAOT start-up case only where the build made that worker).</param>
    public static IConfig Create(bool withDefaultJob, RunEnvironment environment, IReadOnlyList<IFilter>? filters = null)
    {
        var config = ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max) // the spread, not just the mean
            .AddColumn(new SpeedupColumn(environment), new IdealColumn(environment), new EfficiencyColumn(environment)) // against Serial and the physical limit
            .AddColumn(new CapacityColumn(environment))              // against what the machine delivered
            .AddColumn(BusyCoresColumn.Default)                      // how many processors the strategy itself kept busy
            .AddColumn(PoolThreadsColumn.Default)                    // how far the thread pool grew, for the strategies on it
            .AddColumn(InterferenceColumn.Default)                   // how busy the rest of the machine was meanwhile
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)                    // for READMEs, PRs and job summaries
            .AddExporter(HtmlExporter.Default)                       // for people
            .AddExporter(CsvExporter.Default)                        // for spreadsheets
            .AddExporter(new FullJsonExporter(environment))          // every raw measurement, and the run's environment: what comparisons read
            .AddExporter(new ScalingChartExporter(environment))      // speed-up and time charts, PNG and SVG, no R needed
            .AddDiagnoser(ThreadingDiagnoser.Default)                // completed work items and lock contentions
            .AddDiagnoser(MemoryDiagnoser.Default)                   // allocations per invocation
            .AddDiagnoser(new InterferenceDiagnoser())               // other processes' CPU and steal while each case ran
            .AddDiagnoser(new PoolThreadsDiagnoser())                // the most thread-pool threads while each case ran
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddValidator(ScalingContractValidator.Instance)          // a class in scaling has Serial and a worker count, before anything runs
            .WithOrderer(StrategyOrderer.Instance)                    // Serial first, then every strategy in the catalog's order
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond)) // one unit: every case is ms-scale
            .WithArtifactsPath(RepositoryRoot.ArtifactsPath);        // one place, wherever the program runs from

        foreach (var filter in filters ?? [])
            config = config.AddFilter(filter);
        if (withDefaultJob)
            config = config.AddJob(DefaultJob.AsDefault()); // "default": command-line job settings apply on top of it
        return config;
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// Tiny benchmarks measured for real in this process as the suite's job measures them (one invocation per iteration),
/// with the one diagnoser and column under test: what the diagnosers' tests run.
/// </summary>
public static class InProcessMonitoring
{
    /// <summary>Runs <typeparamref name="TBenchmarks"/>, its artifacts in a temporary folder that <see cref="CleanUp"/> removes.</summary>
    public static Summary Run<TBenchmarks>(IDiagnoser diagnoser, IColumn column, int iterations) =>
        BenchmarkRunner.Run<TBenchmarks>(ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(iterations))
            .AddDiagnoser(diagnoser)
            .AddColumn(column)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Directory.CreateTempSubdirectory("cb-in-process-").FullName)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile));

    public static void CleanUp(Summary summary) => Directory.Delete(Path.GetDirectoryName(summary.ResultsDirectoryPath)!, recursive: true);
}

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
    /// <summary>
    /// The suite's job, in process, without BDN's forced collections between iterations. The diagnosers read from just
    /// before the first measured iteration to just after the last, so those collections fall inside their window; in the
    /// suite's own small benchmark process they take a millisecond, but in a test host whose heap hundreds of tests have
    /// grown they take as long as a tiny iteration (five of 33 ms read 1.55 s of window at 200 MB live here), and a
    /// collection's one busy thread would stand in for the case's.
    /// </summary>
    public static Job Job(int iterations) =>
        BenchmarkDotNet.Jobs.Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(iterations).WithGcForce(false);

    /// <summary>
    /// Runs <typeparamref name="TBenchmarks"/>, its artifacts in a temporary folder that <see cref="CleanUp"/> removes;
    /// <paramref name="beside"/> are diagnosers that read the same runs, as the tests' yardsticks.
    /// </summary>
    public static Summary Run<TBenchmarks>(IDiagnoser diagnoser, IColumn column, int iterations, params IDiagnoser[] beside) =>
        BenchmarkRunner.Run<TBenchmarks>(ManualConfig.CreateEmpty()
            .AddJob(Job(iterations))
            .AddDiagnoser([diagnoser, .. beside])
            .AddColumn(column)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Directory.CreateTempSubdirectory("cb-in-process-").FullName)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile));

    public static void CleanUp(Summary summary) => Directory.Delete(Path.GetDirectoryName(summary.ResultsDirectoryPath)!, recursive: true);
}

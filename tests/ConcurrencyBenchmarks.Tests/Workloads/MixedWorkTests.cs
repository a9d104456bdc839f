using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Tests.Program;
using ConcurrencyBenchmarks.Tests.Reporting;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Tests.Workloads;

/// <summary>
/// What the test host's process reads while a case only sleeps, as long as a MixedWork worker. Run first, it also takes
/// what the first case of a run in a test host carries: some 40 ms of another thread's work (0.13 cores here), the
/// test platform's own start.
/// </summary>
public class IdleHostBenchmarks
{
    [Benchmark]
    public void Sleeping() => Thread.Sleep(100);
}

/// <summary>MixedWork: slices that count, then sleep, in the share asked for, in process and as a worker's command.</summary>
/// <remarks>The shares are read from the test host's CPU time, which every test running beside them adds to: they run alone.</remarks>
[Collection(nameof(WholeMachine))]
public class MixedWorkTests
{
    [RequiresProcFact]
    public void A_tiny_real_run_of_Serial_at_one_worker_measures_a_cpu_share_near_the_one_asked_for()
    {
        var summaries = BenchmarkRunner.Run([typeof(IdleHostBenchmarks), typeof(MixedWorkBenchmarks)], ManualConfig.CreateEmpty()
            .AddJob(InProcessMonitoring.Job(iterations: 3))
            .AddDiagnoser(new InterferenceDiagnoser())
            .AddFilter(new SimpleFilter(c => c.Descriptor.Type == typeof(IdleHostBenchmarks)
                                             || (c.Descriptor.WorkloadMethod.Name == nameof(MixedWorkBenchmarks.Serial) && SummaryCases.Workers(c) == 1)))
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Directory.CreateTempSubdirectory("cb-mixed-").FullName)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile));
        try
        {
            var report = summaries.Single(s => s.BenchmarksCases[0].Descriptor.Type == typeof(MixedWorkBenchmarks)).Reports.Single();
            var idle = summaries.Single(s => s.BenchmarksCases[0].Descriptor.Type == typeof(IdleHostBenchmarks)).Reports.Single();
            double Busy(BenchmarkDotNet.Reports.BenchmarkReport r) => BusyCoresColumn.Of(r) ?? throw new InvalidOperationException("no busy cores recorded for a 100 ms case");

            // In process the tree is the test host: its background compiler's time is left out (it read half a processor
            // here beside a case that only sleeps); what its other threads use beside a sleep is small (0.01 to 0.05 here).
            Assert.InRange(Busy(idle), 0, 0.25);
            // Half asked; a busy host makes the counting take longer than its CPU time.
            Assert.InRange(Busy(report), SuiteSizes.DefaultCountingShare - 0.15, SuiteSizes.DefaultCountingShare + 0.15);
            // Ten slices of 10 ms: about 100 ms a worker, as long as an OnlySleep worker.
            Assert.InRange(report.ResultStatistics!.Median / 1e6, 80, 250);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(summaries[0].ResultsDirectoryPath)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.75)]
    public void Its_slices_spend_the_asked_share_of_their_time_on_a_processor(double asked)
    {
        var iterations = MixedWork.IterationsFor(MixedWork.Slice * asked);
        var sleep = MixedWork.Slice * (1 - asked);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();

        var counted = MixedWork.Run(iterations, sleep, slices: 10);

        var share = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / wall.Elapsed;
        Assert.Equal(10 * iterations, counted);
        Assert.InRange(share, asked - 0.15, asked + 0.15);
    }

    [Fact]
    public void Its_worker_command_names_the_count_the_sleep_and_the_slices()
    {
        var command = WorkerCommand.MixedWork(17_000_000, TimeSpan.FromMilliseconds(5), 10);

        Assert.Equal(["mixed", "17000000", "5ms", "10"], command.Arguments);
        // 1 ns an iteration (17 ms) and the 5 ms sleep, 10 times: what the worker's timeout is ten times of.
        Assert.Equal(TimeSpan.FromMilliseconds(220), command.ExpectedDuration);
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("25%", 0.25)]
    [InlineData("", SuiteSizes.DefaultCountingShare)]
    [InlineData("1", 1.0)]
    public void The_counting_share_reads_a_fraction_or_a_percentage(string text, double share) =>
        Assert.Equal(share, SuiteSizes.ParseCountingShare(text));

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("half")]
    public void A_counting_share_outside_0_to_1_is_refused_in_one_line(string text)
    {
        var error = Assert.Throws<FormatException>(() => SuiteSizes.ParseCountingShare(text));
        Assert.Contains("from 0 to 1", error.Message);
    }
}

using ConcurrencyBenchmarks.Ab.Paired;
using ConcurrencyBenchmarks.Ab.Runner;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Tests.Fixtures;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>The paired runner: the cases it exposes are BDN's, and each command does exactly what it says.</summary>
public class PairedRunnerTests : NoLeftoverProcesses
{
    private static string SuiteAssembly => Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.dll");

    [Fact]
    public void The_runner_exposes_the_methods_list_flat_shows_under_the_ids_bdn_reports_use()
    {
        var log = Path.GetTempFileName();
        try
        {
            // The sizes of the checked-in reports of a real run: their full names must be the runner's IDs.
            var sizes = new Dictionary<string, string> { [SuiteSizes.WorkersVariable] = "1,4", [SuiteSizes.SleepVariable] = "10ms" };
            using var runner = RunnerProcess.Start("base", SuiteAssembly, ["*OnlySleepBenchmarks*", "*CrunchNumbersBenchmarks*", "*MixedWorkBenchmarks*", "*WorkerStartupBenchmarks*"], log, sizes);
            var listed = ProcessRunner.RunDotnet("ConcurrencyBenchmarks", ["--list", "flat"]).StandardOutput
                .Split('\n', StringSplitOptions.TrimEntries).Where(l => l.StartsWith("ConcurrencyBenchmarks.", StringComparison.Ordinal));

            Assert.Equal(listed.Order(), runner.Cases.Select(c => $"{c.Namespace}.{c.Type}.{c.Method}").Distinct().Order());
            var reported = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Comparison", "Data", "run-a",
                "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json"))).RootElement.GetProperty("Benchmarks").EnumerateArray()
                .Select(b => b.GetProperty("FullName").GetString()!).ToArray();
            Assert.NotEmpty(reported);
            Assert.Subset(runner.Cases.Select(c => c.Id).ToHashSet(), reported.ToHashSet());
            Assert.Equal(runner.Cases.Count, runner.Cases.Select(c => c.Id).Distinct().Count());
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Setup_and_cleanup_run_once_per_case_and_each_invocation_runs_the_method_exactly_once()
    {
        CountingBenchmarks.Reset();
        var cases = SideCases.Expand(typeof(CountingBenchmarks).Assembly, ["*CountingBenchmarks*"]);
        var invokers = cases.Select(c => new CaseInvoker(c.Benchmark)).ToArray();

        foreach (var invoker in invokers)
        {
            invoker.Setup();
            for (var i = 0; i < 5; i++)
            {
                var (start, end) = invoker.Invoke();
                Assert.True(end >= start);
            }
            invoker.Cleanup();
            invoker.Cleanup(); // a second cleanup of a case already cleaned up does nothing
        }

        Assert.Equal(4, cases.Count); // two methods at two worker counts
        Assert.Equal(4, CountingBenchmarks.Setups);
        Assert.Equal(4, CountingBenchmarks.Cleanups);
        Assert.Equal(20, CountingBenchmarks.Invocations); // the async one too: awaited inside the measurement
        Assert.Equal([1, 2], CountingBenchmarks.WorkersSeen.Distinct().Order());
        Assert.Single(cases, c => c.Case.Baseline && c.Case.Parameters == "Workers=1");
    }

    [Fact]
    public void A_case_line_round_trips_and_a_damaged_one_is_refused()
    {
        var line = new PairedCase(3, "N.T.M(Workers: 2)", "N", "T", "M", "Workers=2", true, "Workers").ToLine();

        Assert.Equal(new PairedCase(3, "N.T.M(Workers: 2)", "N", "T", "M", "Workers=2", true, "Workers"), PairedCase.TryParse(line));
        Assert.Null(PairedCase.TryParse("3\tonly three\tfields"));
    }
}

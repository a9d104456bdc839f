using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>The benchmark program as users run it: its listing, its one-line errors and its exit codes.</summary>
public class ProgramTests : NoLeftoverProcesses
{
    private static ProcessResult Suite(string[] args, string? workingDirectory = null) =>
        ProcessRunner.RunDotnet("ConcurrencyBenchmarks", args, workingDirectory);

    private static readonly string[] Methods =
    [
        "ConcurrencyBenchmarks.CrunchNumbersBenchmarks.Serial",
        "ConcurrencyBenchmarks.CrunchNumbersBenchmarks.Threads",
        "ConcurrencyBenchmarks.CrunchNumbersBenchmarks.ThreadPool",
        "ConcurrencyBenchmarks.CrunchNumbersBenchmarks.ParallelFor",
        "ConcurrencyBenchmarks.CrunchNumbersBenchmarks.Processes",
        "ConcurrencyBenchmarks.CrunchNumbersBenchmarks.ProcessPool",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.Serial",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.Threads",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.ThreadPool",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.ParallelFor",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.Async",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.ForEachAsync",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.Processes",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks.ProcessPool",
        "ConcurrencyBenchmarks.WorkerStartupBenchmarks.Jit",
        "ConcurrencyBenchmarks.WorkerStartupBenchmarks.ReadyToRun",
        "ConcurrencyBenchmarks.WorkerStartupBenchmarks.NativeAot",
    ];

    [Fact]
    public void List_flat_shows_exactly_the_suites_benchmark_methods()
    {
        var result = Suite(["--list", "flat"]);

        Assert.Equal(0, result.ExitCode);
        var listed = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("ConcurrencyBenchmarks.", StringComparison.Ordinal));
        Assert.Equal(Methods.Order(), listed.Order());
    }

    [Fact]
    public void A_filter_that_matches_nothing_exits_2_with_one_line()
    {
        var result = Suite(["--filter", "*NoSuchBenchmark*"]);

        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result.StandardError, "matches no benchmark");
    }

    [Fact]
    public void A_filter_the_shell_expanded_from_an_unquoted_star_runs_every_benchmark_and_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("cb-expanded-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "");
            Directory.CreateDirectory(Path.Combine(folder, "bin"));

            // `dotnet run -c Release --filter *` typed in that folder, listing instead of running.
            var result = Suite(["--filter", "Program.cs", "bin", "--list", "flat"], folder);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("// The shell expanded an unquoted * into this folder's file names (Program.cs, bin): running every benchmark", result.StandardOutput);
            var listed = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.StartsWith("ConcurrencyBenchmarks.", StringComparison.Ordinal));
            Assert.Equal(Methods.Order(), listed.Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_class_in_scaling_without_a_baseline_fails_validation_before_any_case_runs()
    {
        var result = DryRunOf("BrokenContract");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NoBaselineBenchmarks takes part in scaling but has no baseline methods; mark exactly one", result.StandardOutput);
        Assert.DoesNotContain("// Benchmark: NoBaselineBenchmarks", result.StandardOutput); // nothing was measured
    }

    /// <summary>A dry run of one hidden category, its results in a folder removed afterwards.</summary>
    private static ProcessResult DryRunOf(string category)
    {
        var artifacts = Directory.CreateTempSubdirectory("cb-dry-").FullName;
        try
        {
            return Suite(["--anyCategories", category, "--job", "dry", "--artifacts", artifacts]);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    [Fact]
    public void Help_leads_with_the_suites_own_commands_and_options_then_BenchmarkDotNets()
    {
        var result = Suite(["--help"]);

        Assert.Equal(0, result.ExitCode);
        var output = result.StandardOutput;
        foreach (var own in new[] { "tour [--python]", "compare --base", "--workers <1,2,4,...>", "--sleep <duration>", "--iterations <n>", "--inProcess" })
            Assert.Contains(own, output);
        Assert.True(output.IndexOf("--workers", StringComparison.Ordinal) < output.IndexOf("--filter", output.IndexOf("BenchmarkDotNet's options:", StringComparison.Ordinal), StringComparison.Ordinal),
            "the suite's options come before BenchmarkDotNet's");
        Assert.Contains("--anyCategories", output); // BenchmarkDotNet's own help follows
    }

    [Theory]
    [InlineData(new[] { "--no-such-option" }, "Option 'no-such-option' is unknown")]
    [InlineData(new[] { "--filter", "*", "--job", "galactic" }, "galactic")]
    [InlineData(new[] { "--filter", "*", "--workers", "0" }, "workers '0' is not valid")]
    [InlineData(new[] { "--filter", "*", "--sleep", "soon" }, "sleep 'soon' is not valid")]
    [InlineData(new[] { "--filter", "*", "--iterations", "-3" }, "iterations '-3' is not valid")]
    [InlineData(new[] { "--filter", "*", "--profiler", "ETW" }, "use --profiler EP")]
    public void Bad_arguments_exit_2_with_one_line_naming_the_problem(string[] args, string message)
    {
        var result = Suite(args);

        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result.StandardError, message);
    }

    [Fact]
    public void No_arguments_and_no_terminal_prints_usage_and_exits_2_instead_of_waiting()
    {
        var result = Suite([]);

        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result.StandardError, "--filter '*'");
    }

    [Fact]
    public void A_benchmark_that_throws_makes_the_run_exit_1_and_a_named_job_replaces_the_suites()
    {
        var result = DryRunOf("SelfTest");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("this benchmark fails on purpose", result.StandardOutput);
        Assert.Contains("FailingBenchmarks.Throws: Dry", result.StandardOutput);
        Assert.DoesNotContain("Suite(", result.StandardOutput); // the suite's own job was not added beside Dry
        Assert.Contains($"// Worker process (Processes, ProcessPool): {(WorkerLocator.Default.Flavour == WorkerFlavour.NativeAot ? "NativeAOT" : "Jit")}", result.StandardOutput);
    }

    [Fact]
    public void The_self_test_benchmarks_stay_out_of_a_run_that_does_not_ask_for_them()
    {
        var result = Suite(["--list", "flat", "--filter", "*Failing*"]);

        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result.StandardError, "matches no benchmark");
    }

    private static void AssertOneLine(string stderr, string expected)
    {
        var text = stderr.TrimEnd();
        Assert.DoesNotContain('\n', text);
        Assert.Contains(expected, text);
        Assert.DoesNotContain("   at ", text); // no stack trace
    }
}

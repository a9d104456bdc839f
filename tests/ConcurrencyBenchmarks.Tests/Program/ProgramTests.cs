using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Tests.Fixtures;
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
        "ConcurrencyBenchmarks.MixedWorkBenchmarks.Serial",
        "ConcurrencyBenchmarks.MixedWorkBenchmarks.Threads",
        "ConcurrencyBenchmarks.MixedWorkBenchmarks.ThreadPool",
        "ConcurrencyBenchmarks.MixedWorkBenchmarks.ParallelFor",
        "ConcurrencyBenchmarks.MixedWorkBenchmarks.Processes",
        "ConcurrencyBenchmarks.MixedWorkBenchmarks.ProcessPool",
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

    /// <summary>What a run lists: every method, but the NativeAOT start-up case only where the build made that worker.</summary>
    private static IEnumerable<string> Listed =>
        WorkerLocator.Has(AppContext.BaseDirectory, WorkerFlavour.NativeAot) ? Methods : Methods.Where(m => !m.EndsWith(".NativeAot", StringComparison.Ordinal));

    [Fact]
    public void List_flat_shows_exactly_the_suites_benchmark_methods()
    {
        var result = Suite(["--list", "flat"]);

        Assert.Equal(0, result.ExitCode);
        var listed = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("ConcurrencyBenchmarks.", StringComparison.Ordinal));
        Assert.Equal(Listed.Order(), listed.Order());
    }

    [Fact]
    public void A_filter_with_the_single_quotes_cmd_exe_leaves_on_it_matches_as_the_unix_shell_would_pass_it()
    {
        // `dotnet run -c Release --filter '*CrunchNumbersBenchmarks.Serial*'` typed in cmd.exe: the quotes arrive too.
        var result = Suite(["--filter", "'*CrunchNumbersBenchmarks.Serial*'", "'*OnlySleepBenchmarks.Threads*'", "--list", "flat"]);

        Assert.Equal(0, result.ExitCode);
        var listed = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.StartsWith("ConcurrencyBenchmarks.", StringComparison.Ordinal));
        Assert.Equal(["ConcurrencyBenchmarks.CrunchNumbersBenchmarks.Serial", "ConcurrencyBenchmarks.OnlySleepBenchmarks.Threads"], listed.Order());
    }

    [Theory]
    [InlineData(new[] { "--filter", "'*'" }, new[] { "--filter", "*" })]
    [InlineData(new[] { "-f", "'*A*'", "'*B*'", "--job", "'dry'" }, new[] { "-f", "*A*", "*B*", "--job", "'dry'" })] // only filters lose their quotes
    [InlineData(new[] { "--filter", "''", "'" }, new[] { "--filter", "''", "'" })] // nothing inside, or one quote alone: left as typed
    public void Only_the_quotes_around_a_whole_filter_are_removed(string[] args, string[] expected) =>
        Assert.Equal(expected, QuotedFilters.Unquote(args));

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
            Assert.Equal(Listed.Order(), listed.Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_class_in_scaling_without_a_baseline_fails_validation_before_any_case_runs()
    {
        var (exitCode, output) = DryRunInThisProcess<NoBaselineBenchmarks>();

        Assert.Equal(1, exitCode);
        Assert.Contains("NoBaselineBenchmarks takes part in scaling but has no baseline methods; mark exactly one", output);
        Assert.DoesNotContain("// Benchmark: NoBaselineBenchmarks", output); // nothing was measured
    }

    /// <summary>
    /// The suite's command run in this process over one of the tests' own fixture classes (they are not part of the
    /// product), in process and with the dry job, its results in a folder removed afterwards.
    /// </summary>
    private static (int ExitCode, string Output) DryRunInThisProcess<TBenchmarks>()
    {
        var artifacts = Directory.CreateTempSubdirectory("cb-dry-").FullName;
        var console = Console.Out;
        var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            var exitCode = BenchmarkCommand.Run(
                ["--filter", $"*{typeof(TBenchmarks).Name}*", "--job", "dry", "--inProcess", "--artifacts", artifacts],
                typeof(TBenchmarks).Assembly, SuiteAdditions.Instance);
            return (exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(console);
            Directory.Delete(artifacts, recursive: true);
        }
    }

    [Fact]
    public void Help_leads_with_the_suites_own_commands_and_options_then_BenchmarkDotNets()
    {
        var result = Suite(["--help"]);

        Assert.Equal(0, result.ExitCode);
        var output = result.StandardOutput;
        foreach (var own in new[] { "tour [--workers <N>]", "--python <python>...", "compare --base <dir|file>", "ab --base <git ref>", "history add --results <dir>", "history report --from", "--workers <1,2,4,...>", "--sleep <duration>", "--iterations <n>", "--visits <n>", "--inProcess" })
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
    [InlineData(new[] { "--filter", "*", "--visits", "1e3" }, "visits '1e3' is not valid")]
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
        var (exitCode, output) = DryRunInThisProcess<FailingBenchmarks>();

        Assert.Equal(1, exitCode);
        Assert.Contains("this benchmark fails on purpose", output);
        Assert.Contains("FailingBenchmarks.Throws: Dry", output);
        Assert.DoesNotContain("Suite(", output); // the suite's own job was not added beside Dry
        Assert.Contains($"// Worker process (Processes, ProcessPool): {(WorkerLocator.Default.Flavour == WorkerFlavour.NativeAot ? "NativeAOT" : "Jit")}", output);
    }

    private static void AssertOneLine(string stderr, string expected)
    {
        var text = stderr.TrimEnd();
        Assert.DoesNotContain('\n', text);
        Assert.Contains(expected, text);
        Assert.DoesNotContain("   at ", text); // no stack trace
    }
}

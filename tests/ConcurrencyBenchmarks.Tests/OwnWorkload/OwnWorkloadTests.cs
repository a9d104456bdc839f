using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.OwnWorkload;

/// <summary>
/// A user's own classes through the package's one entry point, as a template's project runs them: the strategies their
/// base class gives, the suite's columns and page, no worker processes.
/// </summary>
public class OwnWorkloadTests
{
    [Fact]
    public void A_users_classes_get_their_bases_strategies_the_suites_columns_and_one_page()
    {
        using var artifacts = new TemporaryFolder("cb-own-");
        var console = Console.Out;
        var output = new StringWriter();
        int exitCode;
        try
        {
            Console.SetOut(output);
            exitCode = ScalingSuite.Run(["--filter", "*OwnBlockingWork*", "*OwnAwaitingWork*", "--job", "dry", "--inProcess", "--artifacts", artifacts.Path],
                typeof(OwnBlockingWorkBenchmarks).Assembly);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.True(exitCode == 0, output.ToString());
        var log = output.ToString();
        Assert.Equal(["Async", "ForEachAsync", "ParallelFor", "Serial", "ThreadPool", "Threads"], Strategies(log, nameof(OwnAwaitingWorkBenchmarks)).Order());
        Assert.Equal(["ParallelFor", "Serial", "ThreadPool", "Threads"], Strategies(log, nameof(OwnBlockingWorkBenchmarks)).Order());
        Assert.DoesNotContain("Worker process", log); // the suite's note on its worker is the suite's alone

        var results = Path.Combine(artifacts.Path, "results");
        var table = File.ReadAllText(Path.Combine(results, $"{typeof(OwnAwaitingWorkBenchmarks).FullName}-report-github.md"));
        foreach (var column in new[] { "Speedup", "Ideal", "Efficiency", "Busy cores", "Pool threads", "Interference" })
            Assert.Contains($" {column} ", table);
        Assert.Contains(nameof(OwnBlockingWorkBenchmarks), File.ReadAllText(Path.Combine(results, "index.html")));
        Assert.True(File.Exists(Path.Combine(results, "run-manifest.json")));
    }

    [Fact]
    public void Bad_arguments_give_one_line_named_after_the_users_program_and_exit_code_2()
    {
        var error = new StringWriter();
        var console = Console.Error;
        int exitCode;
        try
        {
            Console.SetError(error);
            exitCode = ScalingSuite.Run(["--filter", "*OwnBlockingWork*", "--workers", "0"], typeof(OwnBlockingWorkBenchmarks).Assembly);
        }
        finally
        {
            Console.SetError(console);
        }

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ConcurrencyBenchmarks.Tests: ", line);
    }

    [Fact]
    public void Help_lists_the_options_that_size_any_workload_and_not_the_suites_own()
    {
        var console = Console.Out;
        var output = new StringWriter();
        int exitCode;
        try
        {
            Console.SetOut(output);
            exitCode = ScalingSuite.Run(["--help"], typeof(OwnBlockingWorkBenchmarks).Assembly);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Equal(0, exitCode);
        var help = output.ToString();
        Assert.Contains("--workers", help);
        Assert.Contains("--visits", help);
        Assert.DoesNotContain("--countingShare", help); // it sizes the suite's MixedWork, not a user's class
        Assert.DoesNotContain("compare", help.Split("BenchmarkDotNet's options:")[0]);
    }

    private static string[] Strategies(string log, string type) =>
        log.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith($"// Benchmark: {type}.", StringComparison.Ordinal))
            .Select(l => l[$"// Benchmark: {type}.".Length..].Split(':')[0])
            .Distinct().ToArray();
}

using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>--workers, --sleep, --iterations and --visits become the run's sizes, through the environment.</summary>
public sealed class SizeOptionsTests : IDisposable
{
    private static readonly string[] Variables =
        [SuiteSizes.WorkersVariable, SuiteSizes.SleepVariable, SuiteSizes.IterationsVariable, SuiteSizes.VisitsVariable];

    // Tests start processes that inherit the environment: leave it as it was.
    private readonly Dictionary<string, string?> _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    public SizeOptionsTests()
    {
        foreach (var variable in Variables)
            Environment.SetEnvironmentVariable(variable, null);
    }

    public void Dispose()
    {
        foreach (var (variable, value) in _saved)
            Environment.SetEnvironmentVariable(variable, value);
    }

    [Fact]
    public void Without_options_the_defaults_hold()
    {
        Assert.Equal([1, 2, 4, 8, 16], CrunchNumbersBenchmarks.WorkerCounts);
        Assert.Equal([400_000_000L], CrunchNumbersBenchmarks.IterationValues);
        Assert.Equal(["100ms"], OnlySleepBenchmarks.SleepValues);
        Assert.Equal(InterleavedSettings.DefaultVisits, SuiteSizes.Visits(dryRun: false));
        Assert.Equal(1, SuiteSizes.Visits(dryRun: true)); // a dry run measures once, the visits too
    }

    [Fact]
    public void Visits_given_hold_for_a_dry_run_too()
    {
        SizeOptions.Apply(["--visits", "0", "--job", "dry"]);

        Assert.Equal(0, SuiteSizes.Visits(dryRun: true));
        Assert.Equal(0, SuiteSizes.Visits(dryRun: false));
    }

    [Fact]
    public void Options_are_taken_out_of_the_arguments_and_become_the_parameters()
    {
        var rest = SizeOptions.Apply(["--filter", "*", "--workers", "8,1,8", "--sleep=1000ms", "--iterations", "1e6", "--job", "dry"]);

        Assert.Equal(["--filter", "*", "--job", "dry"], rest);
        Assert.Equal([1, 8], OnlySleepBenchmarks.WorkerCounts); // sorted, duplicates dropped
        Assert.Equal(["1s"], OnlySleepBenchmarks.SleepValues);   // shortest form: the benchmark ID stays stable
        Assert.Equal([1_000_000L], CrunchNumbersBenchmarks.IterationValues);
    }

    [Theory]
    [InlineData("--workers", "0", "workers '0' is not valid")]
    [InlineData("--workers", "257", "workers '257' is not valid")]
    [InlineData("--workers", "two", "workers 'two' is not valid")]
    [InlineData("--sleep", "100", "sleep '100' is not valid")]
    [InlineData("--iterations", "1.5", "iterations '1.5' is not valid")]
    [InlineData("--visits", "-1", "visits '-1' is not valid")]
    [InlineData("--visits", "1001", "visits '1001' is not valid")]
    public void Bad_values_are_usage_errors(string option, string value, string message)
    {
        var e = Assert.Throws<UsageException>(() => SizeOptions.Apply([option, value]));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void An_option_without_a_value_is_a_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => SizeOptions.Apply(["--sleep", "--filter", "*"]));
        Assert.Contains("--sleep needs a value", e.Message);
    }

    [Fact]
    public void A_bad_value_in_the_environment_is_a_usage_error_too()
    {
        Environment.SetEnvironmentVariable(SuiteSizes.WorkersVariable, "lots");
        var e = Assert.Throws<UsageException>(() => SizeOptions.Apply(["--filter", "*"]));
        Assert.Contains("(from the environment)", e.Message);
    }
}

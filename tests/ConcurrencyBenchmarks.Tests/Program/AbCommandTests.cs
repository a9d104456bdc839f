using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>`ab`'s refusals, each one line and exit 2 before anything is checked out or built; and its options.</summary>
public class AbCommandTests : NoLeftoverProcesses
{
    private static ProcessResult Suite(params string[] args) => ProcessRunner.RunDotnet("ConcurrencyBenchmarks", args);

    [Theory]
    [InlineData(new[] { "ab" }, "ab needs --base <git ref>")]
    [InlineData(new[] { "ab", "--base", "no-such-ref-anywhere" }, "--base 'no-such-ref-anywhere' names no commit")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--head", "no-such-ref-either" }, "--head 'no-such-ref-either' names no commit")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--rounds", "0" }, "--rounds '0' is not valid")]
    public void Bad_input_exits_2_with_one_line(string[] args, string expected)
    {
        var result = Suite(args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(expected, line);
    }

    [Fact]
    public void Without_a_selection_ab_runs_both_workloads_at_1_and_4_workers_and_the_rest_passes_through()
    {
        var plain = AbOptions.Parse(["--base", "main", "--job", "short", "--threshold", "10%", "--fail-on-regression"]);
        var quick = AbOptions.Parse(["--base", "main", "--quick"]);
        var chosen = AbOptions.Parse(["--base", "main", "--head", "HEAD", "--rounds", "5", "--filter", "*Threads*"]);

        Assert.Equal([.. AbOptions.DefaultSelection, "--job", "short"], plain.RunArguments);
        Assert.Equal(["--threshold", "10%", "--fail-on-regression"], plain.CompareArguments);
        Assert.Equal(AbOptions.DefaultRounds, plain.Rounds);
        Assert.Equal(AbOptions.QuickSelection, quick.RunArguments);
        Assert.Equal(["--filter", "*Threads*"], chosen.RunArguments);
        Assert.Equal((5, "HEAD"), (chosen.Rounds, chosen.Head));
    }
}

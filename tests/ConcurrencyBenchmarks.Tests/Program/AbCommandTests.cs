using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Ab.Paired;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>`ab`'s refusals, each one line and exit 2 before anything is checked out or built; and its options.</summary>
public class AbCommandTests : NoLeftoverProcesses
{
    private static ProcessResult Suite(params string[] args) => ProcessRunner.RunDotnet("ConcurrencyBenchmarks", args);

    [Theory]
    [InlineData(new[] { "ab" }, "Option '--base' is required; usage: ab --base <git ref>")]
    [InlineData(new[] { "ab", "--base", "no-such-ref-anywhere" }, "--base 'no-such-ref-anywhere' names no commit")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--head", "no-such-ref-either" }, "--head 'no-such-ref-either' names no commit")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--rounds", "0" }, "--rounds '0' is not valid")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--threshold", "2ms" }, "--threshold '2ms' is not valid; expected a percentage")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--max-pairs=3" }, "--max-pairs '3' is not valid")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--job", "short" }, "'--job' is an option of BenchmarkDotNet's runs")]
    [InlineData(new[] { "ab", "--base", "HEAD", "--format", "html" }, "--format 'html' is not valid")]
    public void Bad_input_exits_2_with_one_line(string[] args, string expected)
    {
        var result = Suite(args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(expected, line);
    }

    [Fact]
    public void Paired_by_default_with_every_strategy_of_both_workloads_at_the_paired_sizes_and_rounds_on_request()
    {
        var plain = AbOptions.Parse(["--base", "main", "--threshold", "2%", "--fail-on-regression"])!;
        var chosen = AbOptions.Parse(["--base=main", "--workers=1,4", "--seed", "3", "--unpinned"])!;
        var rounds = AbOptions.Parse(["--base", "main", "--rounds", "5", "--job", "short", "--threshold", "2ms"])!;
        var quick = AbOptions.Parse(["--base", "main", "--head", "HEAD", "--rounds", "3", "--quick"])!;

        Assert.True(plain.IsPaired);
        Assert.Equal(AbOptions.PairedSelection, plain.RunArguments);
        Assert.Equal(0.02, plain.Paired.Threshold, 6);
        Assert.Equal(["--threshold", "2%", "--fail-on-regression"], plain.CompareArguments);
        Assert.Equal(["--workers", "1,4", "--sleep", "20ms", "--iterations", "1e8"], chosen.RunArguments); // the paired sizes unless chosen
        Assert.Equal((3, false), (chosen.Paired.Seed, chosen.Paired.Pin));
        Assert.False(rounds.IsPaired);
        Assert.Equal([.. AbOptions.DefaultSelection, "--job", "short"], rounds.RunArguments);
        Assert.Equal(["--threshold", "2ms"], rounds.CompareArguments); // compare's thresholds, times included
        Assert.Equal((5, new PairedSettings().Threshold), (rounds.Rounds!.Value, rounds.Paired.Threshold));
        Assert.Equal(AbOptions.QuickSelection, quick.RunArguments);
        Assert.Equal((3, "HEAD"), (quick.Rounds!.Value, quick.Head));
    }
}

using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Processes;

/// <summary>The worker executable as a user (or the Processes strategy) runs it.</summary>
public class WorkerExecutableTests : NoLeftoverProcesses
{
    private static ProcessResult Worker(params string[] args) => ProcessRunner.RunDotnet("ConcurrencyBenchmarks.Worker", args);

    [Fact]
    public void Crunch_prints_the_count_and_exits_0()
    {
        var result = Worker("crunch", "123456");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("123456", result.StandardOutput.Trim());
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void Sleep_prints_what_it_slept_and_exits_0()
    {
        var result = Worker("sleep", "20ms");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("slept 20ms", result.StandardOutput.Trim());
    }

    [Fact]
    public void Mixed_counts_and_sleeps_its_slices_and_prints_the_whole_count()
    {
        var result = Worker("mixed", "1000", "2ms", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("3000", result.StandardOutput.Trim());
    }

    [Fact]
    public void With_who_it_first_prints_the_seeds_line_about_its_own_process()
    {
        var result = Worker("crunch", "10", "--who");

        var lines = result.StandardOutput.Trim().Split('\n');
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^PID: \d+, Process Name: \S+, Thread Name: .+, Thread Id: \d+, Runtime: (JIT|NativeAOT)$", lines[0].TrimEnd('\r'));
        Assert.DoesNotContain($"PID: {Environment.ProcessId},", lines[0]);
        Assert.Equal("10", lines[1].Trim());
    }

    [Theory]
    [InlineData(new string[0], "no workload given")]
    [InlineData(new[] { "dance", "5" }, "unknown workload 'dance'")]
    [InlineData(new[] { "sleep", "soon" }, "'soon' is not a duration")]
    [InlineData(new[] { "sleep", "-1s" }, "'-1s' is not a duration")]
    [InlineData(new[] { "crunch", "many" }, "'many' is not an iteration count")]
    [InlineData(new[] { "crunch", "-5" }, "'-5' is not an iteration count")]
    [InlineData(new[] { "crunch" }, "expected a workload and its size")]
    [InlineData(new[] { "crunch", "1", "2" }, "expected a workload and its size")]
    [InlineData(new[] { "mixed", "1000", "2ms" }, "expected mixed <iterations> <sleep> <slices>")]
    [InlineData(new[] { "mixed", "lots", "2ms", "3" }, "'lots' is not an iteration count")]
    [InlineData(new[] { "mixed", "1000", "later", "3" }, "'later' is not a duration")]
    [InlineData(new[] { "mixed", "1000", "2ms", "-3" }, "'-3' is not a number of slices")]
    public void Bad_arguments_exit_2_with_one_line_on_stderr(string[] args, string message)
    {
        var result = Worker(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        var error = result.StandardError.TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("ConcurrencyBenchmarks.Worker: ", error);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Serve_greets_with_the_protocol_version_and_exits_0_at_the_end_of_its_input()
    {
        var result = Worker("serve"); // the runner closes stdin at once, as a pool's death would

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^HELLO cbw/1 pid=\d+ runtime=(JIT|NativeAOT)$", result.StandardOutput.Trim());
    }
}

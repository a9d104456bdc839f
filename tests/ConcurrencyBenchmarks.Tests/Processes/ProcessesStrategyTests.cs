using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Tests.Processes;

public class ProcessesStrategyTests : NoLeftoverProcesses
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Runs_each_worker_once_in_its_own_process_none_of_them_this_one(int workers)
    {
        var outputs = ProcessesStrategy.Run(workers, WorkerCommand.CrunchNumbers(1000).WithIdentity());

        Assert.Equal(Enumerable.Range(0, workers), outputs.Select(o => o.Worker));
        Assert.Equal(workers, outputs.Select(o => o.ProcessId).Distinct().Count());
        Assert.DoesNotContain(Environment.ProcessId, outputs.Select(o => o.ProcessId));
        Assert.All(outputs, o =>
        {
            var lines = o.StandardOutput.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            Assert.StartsWith($"PID: {o.ProcessId}, Process Name: ", lines[0]); // the worker's own report agrees
            Assert.EndsWith(WorkerLocator.Default.Flavour == WorkerFlavour.NativeAot ? "Runtime: NativeAOT" : "Runtime: JIT", lines[0]); // the located worker ran
            Assert.Equal("1000", lines[1]);
        });
    }

    [Fact]
    public void Returns_only_after_every_worker_has_exited()
    {
        var outputs = ProcessesStrategy.Run(3, WorkerCommand.OnlySleep(TimeSpan.FromMilliseconds(100)));

        Assert.All(outputs, o => Assert.Equal("slept 100ms", o.StandardOutput.Trim()));
        Assert.All(outputs, o => Assert.False(IsAlive(o.ProcessId)));
    }

    [Fact]
    public void A_failing_worker_throws_with_its_index_exit_code_and_stderr()
    {
        var bad = new WorkerCommand(["sleep", "soon"]);

        var e = Assert.Throws<WorkerFailedException>(() => ProcessesStrategy.Run(3, bad));

        Assert.InRange(e.Worker, 0, 2);
        Assert.Equal(2, e.ExitCode);
        Assert.Contains("'soon' is not a duration", e.StandardError);
        Assert.Contains($"worker {e.Worker} ('sleep soon') exited with code 2", e.Message);
        Assert.Contains("'soon' is not a duration", e.Message);
    }

    [Fact]
    public void A_missing_worker_executable_is_a_clear_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => WorkerLocator.Find(Path.GetTempPath()));
        Assert.Contains("ConcurrencyBenchmarks.Worker is not in", e.Message);
    }

    [Fact]
    public void The_worker_is_found_next_to_the_application_without_configuration()
    {
        var worker = WorkerLocator.Default;

        Assert.True(File.Exists(worker.PrefixArguments.Count > 0 ? worker.PrefixArguments[0] : worker.FileName));
        Assert.StartsWith(AppContext.BaseDirectory.TrimEnd('/'), worker.PrefixArguments.Count > 0 ? worker.PrefixArguments[0] : worker.FileName);
    }

    private static bool IsAlive(int pid) => ProcessTable.IsAlive(pid);
}

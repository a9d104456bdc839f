using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Tests.Processes;

public class TimeoutTests : NoLeftoverProcesses
{
    [Fact]
    public void A_hung_worker_is_killed_and_Processes_throws_a_TimeoutException_naming_it()
    {
        var e = Assert.Throws<TimeoutException>(() =>
            ProcessesStrategy.Run(2, WorkerCommand.OnlySleep(TimeSpan.FromMinutes(5)), timeout: TimeSpan.FromSeconds(1)));

        Assert.Matches(@"worker 0 \(pid \d+\), worker 1 \(pid \d+\) running 'sleep 300s' did not finish within 1s; killed", e.Message);
        // NoLeftoverProcesses checks that both were reaped.
    }

    [Theory]
    [InlineData(100, 31)]        // 10 x 100 ms + 30 s
    [InlineData(60_000, 630)]    // 10 x 1 min + 30 s
    public void The_default_timeout_is_ten_times_the_expected_sleep_plus_30_seconds(int milliseconds, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WorkerCommand.OnlySleep(TimeSpan.FromMilliseconds(milliseconds)).DefaultTimeout);

    [Fact]
    public void The_default_timeout_of_counting_allows_a_nanosecond_per_iteration()
    {
        // 4e8 iterations: 0.4 s allowed (the loop takes about 0.11 s), times ten, plus 30 s.
        Assert.Equal(TimeSpan.FromSeconds(34), WorkerCommand.CrunchNumbers(400_000_000).DefaultTimeout);
    }
}

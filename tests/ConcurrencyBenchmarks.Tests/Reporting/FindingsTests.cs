using ConcurrencyBenchmarks.RunReporting.Page;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>Why a counting strategy falls short of what the machine gave, told from its busy cores.</summary>
public class FindingsTests
{
    [Fact]
    public void A_strategy_the_host_slowed_is_told_apart_from_one_that_left_cores_idle()
    {
        // Both reached 1.2× where the machine gave 1.8× on 2 processors.
        var slowedByHost = Findings.Reason("Threads", share: 1.2 / 1.8, busy: 1.95, processors: 2);
        var leftIdle = Findings.Reason("Async", share: 1.2 / 1.8, busy: 1.05, processors: 2);

        Assert.Equal("Threads kept 1.95 of 2 processors busy, so the host gave it less than their full speed", slowedByHost);
        Assert.Equal("Async kept 1.05 of 2 processors busy, so it left processors idle", leftIdle);
        Assert.Null(Findings.Reason("ThreadPool", share: 1.75 / 1.8, busy: 1.98, processors: 2)); // not short
    }
}

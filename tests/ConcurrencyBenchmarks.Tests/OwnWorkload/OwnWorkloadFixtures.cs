using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Tests.OwnWorkload;

/// <summary>A user's work with no asynchronous form: it counts, then blocks, as the package's users write it.</summary>
public class OwnBlockingWorkBenchmarks : ScalingBenchmarks
{
    protected override void Work(int worker)
    {
        CrunchNumbers.Run(1_000_000);
        Thread.Sleep(2);
    }
}

/// <summary>A user's work that awaits its wait: the async strategies run it too.</summary>
public class OwnAwaitingWorkBenchmarks : AsyncScalingBenchmarks
{
    protected override async Task WorkAsync(int worker)
    {
        CrunchNumbers.Run(1_000_000);
        await Task.Delay(2);
    }
}

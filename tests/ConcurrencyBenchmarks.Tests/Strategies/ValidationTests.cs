using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tests.Strategies;

public class ValidationTests
{
    public static TheoryData<string> InProcessStrategies() =>
        [.. StrategyCatalog.All.Where(s => s is IActionStrategy or ITaskStrategy).Select(s => s.Name)];

    private static void RunByName(string name, int workers)
    {
        switch (StrategyCatalog.Find(name))
        {
            case IActionStrategy strategy: strategy.Run(workers, _ => { }); break;
            case ITaskStrategy strategy: strategy.RunAsync(workers, _ => Task.CompletedTask).GetAwaiter().GetResult(); break;
            default: throw new ArgumentException(name);
        }
    }

    [Theory]
    [MemberData(nameof(InProcessStrategies))]
    public void Worker_counts_outside_1_to_1024_are_rejected_with_the_value_and_the_range(string strategy)
    {
        foreach (var workers in new[] { 0, -3, 1025 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => RunByName(strategy, workers));
            Assert.Equal("workers", e.ParamName);
            Assert.Contains($"workers is {workers}", e.Message);
            Assert.Contains("between 1 and 1024", e.Message);
        }
    }

    [Fact]
    public void Processes_accepts_at_most_256_workers()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProcessesStrategy.Run(257, WorkerCommand.CrunchNumbers(1)));
        Assert.Contains("workers is 257", e.Message);
        Assert.Contains("between 1 and 256", e.Message);
    }

    [Fact]
    public void A_negative_sleep_is_rejected_with_the_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => OnlySleep.Run(TimeSpan.FromMilliseconds(-5)));
        Assert.Equal("duration", e.ParamName);
        Assert.Contains("-5ms", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = OnlySleep.RunAsync(TimeSpan.FromSeconds(-1)); }); // at once, not in the task
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkerCommand.OnlySleep(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void A_negative_iteration_count_is_rejected_with_the_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrunchNumbers.Run(-7));
        Assert.Equal("iterations", e.ParamName);
        Assert.Contains("-7", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkerCommand.CrunchNumbers(-1));
    }
}

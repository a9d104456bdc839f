using BenchmarkDotNet.Attributes;

namespace ConcurrencyBenchmarks.Tests.Fixtures;

/// <summary>Counts its setups, invocations and cleanups, so the tests can check that the paired runner calls each as often as it says.</summary>
public class CountingBenchmarks
{
    public static int Setups;
    public static int Cleanups;
    public static int Invocations;
    public static readonly List<int> WorkersSeen = [];

    [Params(1, 2)] public int Workers { get; set; }

    [GlobalSetup]
    public void Setup() => Setups++;

    [GlobalCleanup]
    public void Cleanup() => Cleanups++;

    [Benchmark(Baseline = true)]
    public void Count()
    {
        Invocations++;
        WorkersSeen.Add(Workers);
    }

    [Benchmark]
    public async Task CountLater()
    {
        await Task.Delay(1);
        Invocations++; // counted only if the runner awaits the task inside its measurement
    }

    public static void Reset()
    {
        Setups = Cleanups = Invocations = 0;
        WorkersSeen.Clear();
    }
}

using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Fixtures;

/// <summary>
/// A workload family that names its parts its own way: its worker count is <c>Lanes</c>, its size <c>Wait</c> and its
/// baseline <c>OneAfterAnother</c>. Everything the suite derives from scaling must follow from this file's contract.
/// </summary>
[Scaling(WorkloadKind.Sleep, nameof(Wait), WorkersParameter = nameof(Lanes))]
public class RenamedWorkersBenchmarks
{
    [Params("1ms")] public string Wait { get; set; } = "1ms";

    [Params(1, 2)] public int Lanes { get; set; }

    [Benchmark(Baseline = true)]
    public void OneAfterAnother()
    {
        for (var i = 0; i < Lanes; i++)
            Thread.Sleep(1);
    }

    [Benchmark]
    public void SideBySide()
    {
        var threads = Enumerable.Range(0, Lanes).Select(_ => new Thread(() => Thread.Sleep(1))).ToArray();
        foreach (var thread in threads)
            thread.Start();
        foreach (var thread in threads)
            thread.Join();
    }
}

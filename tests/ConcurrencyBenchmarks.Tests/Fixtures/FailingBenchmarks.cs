using BenchmarkDotNet.Attributes;

namespace ConcurrencyBenchmarks.Tests.Fixtures;

/// <summary>A benchmark that always throws, so the tests can check that a failed case makes the run exit 1.</summary>
public class FailingBenchmarks
{
    [Benchmark]
    public void Throws() => throw new InvalidOperationException("this benchmark fails on purpose");
}

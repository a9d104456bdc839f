using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.PoolThreads;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>Eight blocking sleeps on the thread pool (grown beforehand, so it need not inject threads slowly), and on threads of their own.</summary>
public class TinyPoolBenchmarks
{
    private int _minWorkers, _minIo;

    [GlobalSetup]
    public void GrowThePool()
    {
        System.Threading.ThreadPool.GetMinThreads(out _minWorkers, out _minIo);
        System.Threading.ThreadPool.SetMinThreads(Math.Max(16, Environment.ProcessorCount), _minIo);
    }

    /// <summary>The test host's pool as it was: other tests run in this process after it.</summary>
    [GlobalCleanup]
    public void RestoreThePool() => System.Threading.ThreadPool.SetMinThreads(_minWorkers, _minIo);

    [Benchmark]
    public void ThreadPool() => ThreadPoolStrategy.Instance.Run(8, _ => Thread.Sleep(100));

    [Benchmark]
    public void Threads() => ThreadsStrategy.Instance.Run(8, _ => Thread.Sleep(100));
}

/// <summary>Pool threads, counted from the host while the case runs.</summary>
public class PoolThreadsTests
{
    [RequiresProcFact]
    public void A_case_that_blocks_eight_pool_threads_reads_at_least_eight_and_a_strategy_off_the_pool_shows_a_dash()
    {
        var summary = InProcessMonitoring.Run<TinyPoolBenchmarks>(new PoolThreadsDiagnoser(), PoolThreadsColumn.Default, iterations: 3);
        try
        {
            var onPool = summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(TinyPoolBenchmarks.ThreadPool));
            var offPool = summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(TinyPoolBenchmarks.Threads));

            Assert.True(PoolThreadsColumn.Of(summary[onPool]) >= 8, $"pool threads: {PoolThreadsColumn.Of(summary[onPool])}");
            Assert.Equal(PoolThreadsColumn.Of(summary[onPool])!.Value.ToString(), PoolThreadsColumn.Default.GetValue(summary, onPool));
            Assert.Equal("-", PoolThreadsColumn.Default.GetValue(summary, offPool));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }
}

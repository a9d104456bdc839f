using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.PoolThreads;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Capacity;
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

    /// <summary>Readers that count threads by a name the OS does not show (a runtime before .NET 10 on macOS): never one.</summary>
    private sealed class NamesNotShown : IOsReaders
    {
        private readonly PortableReaders _rest = new();

        public int? PoolThreads(int pid) => 0;

        public MachineCpuTime? ReadMachine() => _rest.ReadMachine();
        public TreeCpuTime[]? ReadProcessTrees(params int[] roots) => _rest.ReadProcessTrees(roots);
        public IReadOnlyDictionary<int, long> ReadCompilerThreads() => _rest.ReadCompilerThreads();
        public MachineTopology? Topology() => _rest.Topology();
        public string Kernel => _rest.Kernel;
        public string? Unread => _rest.Unread;
    }

    [Fact]
    public void A_case_on_the_pool_that_showed_no_pool_thread_is_not_measured_rather_than_zero()
    {
        var summary = InProcessMonitoring.Run<TinyPoolBenchmarks>(new PoolThreadsDiagnoser(new NamesNotShown()), PoolThreadsColumn.Default, iterations: 3);
        try
        {
            var onPool = summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(TinyPoolBenchmarks.ThreadPool));

            Assert.Null(PoolThreadsColumn.Of(summary[onPool]));
            Assert.Equal("?", PoolThreadsColumn.Default.GetValue(summary, onPool));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace ConcurrencyBenchmarks.RunReporting.PoolThreads;

/// <summary>The most thread-pool threads the benchmark process had while a case's measured iterations ran (full JSON).</summary>
public sealed class PoolThreadsMetric : IMetricDescriptor
{
    public static readonly PoolThreadsMetric Instance = new();

    public string Id => "PoolThreads";
    public string DisplayName => "Pool threads";
    public string Legend => "The most thread-pool threads the benchmark process had while the case ran (sampled every 10 ms)";
    public string NumberFormat => "0";
    public UnitType UnitType => UnitType.Dimensionless;
    public string Unit => "threads";
    public bool TheGreaterTheBetter => false;
    public int PriorityInCategory => 0;

    public bool GetIsAvailable(Metric metric) => false; // shown by PoolThreadsColumn, which knows which strategies use the pool
}

using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Hosting;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// BDN's order, except that the strategies of one case (same class, job and parameters) follow the catalog: BDN
/// would list a workload's own strategies (Async) before those it inherits (Serial, Threads, …), since it orders
/// methods by source file. Runs and tables then read Serial first, the same in every workload.
/// </summary>
public sealed class StrategyOrderer : DefaultOrderer
{
    public static new readonly StrategyOrderer Instance = new();

    public override IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarkCases,
        IEnumerable<BenchmarkLogicalGroupRule>? order = null)
    {
        var byDefault = base.GetExecutionOrder(benchmarkCases, order).ToArray();
        var firstOfItsCase = new Dictionary<(Type, string, string), int>();
        return byDefault
            .Select((benchmark, index) =>
            {
                var key = (benchmark.Descriptor.Type, benchmark.Job.DisplayInfo, benchmark.Parameters.ValueInfo);
                firstOfItsCase.TryAdd(key, index);
                return (Benchmark: benchmark, Index: index, Case: firstOfItsCase[key]);
            })
            .ToArray()
            .OrderBy(b => b.Case)
            .ThenBy(b => StrategyCatalog.Find(b.Benchmark.Descriptor.WorkloadMethod.Name)?.Order ?? int.MaxValue)
            .ThenBy(b => b.Index)
            .Select(b => b.Benchmark);
    }
}

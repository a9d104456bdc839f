using System.Collections.ObjectModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Reporting.Scaling;

/// <summary>
/// Reads the scaling model out of a BDN summary. A case takes part when it has a <c>Workers</c> parameter and a
/// workload size: <c>Sleep</c> (a duration) or <c>Iterations</c>; the baseline method is Serial.
/// </summary>
public static class SummaryCases
{
    public const string WorkersParameter = "Workers";
    public const string SleepParameter = "Sleep";
    public const string IterationsParameter = "Iterations";

    private static readonly ConditionalWeakTable<Summary, ReadOnlyDictionary<BenchmarkCase, CaseResult>> Cache = new();

    /// <summary>The cases of a summary that take part, read once per summary; <c>Values</c> is every one of them.</summary>
    public static ReadOnlyDictionary<BenchmarkCase, CaseResult> Of(Summary summary) =>
        Cache.GetValue(summary, Read);

    public static bool Any(Summary summary) => Of(summary).Count > 0;

    private static ReadOnlyDictionary<BenchmarkCase, CaseResult> Read(Summary summary)
    {
        var results = new Dictionary<BenchmarkCase, CaseResult>();
        foreach (var benchmark in summary.BenchmarksCases)
        {
            var parameters = benchmark.Parameters.Items.ToDictionary(p => p.Name, p => p.Value);
            if (parameters.GetValueOrDefault(WorkersParameter) is not int workers)
                continue;
            Workload? workload =
                parameters.GetValueOrDefault(SleepParameter) is string sleep && Duration.TryParse(sleep, out var duration)
                    ? new Workload.Sleep(duration.Ticks * 100.0)
                    : parameters.ContainsKey(IterationsParameter) ? new Workload.Crunch(Cores(summary, benchmark)) : null;
            if (workload is null)
                continue;

            var others = benchmark.Parameters.Items.Where(p => p.Name != WorkersParameter).Select(p => $"{p.Name}={p.Value}");
            var group = $"{benchmark.Descriptor.Type.FullName}|{benchmark.Job.DisplayInfo}|{string.Join(",", others)}";
            var mean = summary[benchmark]?.ResultStatistics?.Mean;
            results[benchmark] = new CaseResult(group, benchmark.Descriptor.WorkloadMethod.Name,
                benchmark.Descriptor.Baseline, workers, mean, workload);
        }
        return results.AsReadOnly();
    }

    /// <summary>The processors a case could use: its job's affinity if it has one, else all of the host's.</summary>
    private static int Cores(Summary summary, BenchmarkCase benchmark)
    {
        var affinity = benchmark.Job.Environment.Affinity;
        if (affinity != default)
            return Math.Max(1, BitOperations.PopCount((ulong)affinity.ToInt64()));
        return summary.HostEnvironmentInfo.Cpu.Value.LogicalCoreCount ?? Environment.ProcessorCount;
    }
}

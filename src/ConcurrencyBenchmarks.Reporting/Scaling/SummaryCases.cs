using System.Collections.ObjectModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Jobs;
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

    private static readonly ConditionalWeakTable<Summary, Read> Cache = new();

    private sealed record Read(RunEnvironment Environment, ReadOnlyDictionary<BenchmarkCase, CaseResult> Cases);

    /// <summary>The cases of a summary that take part, read once per summary; <c>Values</c> is every one of them.</summary>
    public static ReadOnlyDictionary<BenchmarkCase, CaseResult> Of(Summary summary, RunEnvironment environment)
    {
        if (Cache.TryGetValue(summary, out var read) && read.Environment == environment)
            return read.Cases;
        read = new Read(environment, ReadCases(summary, environment));
        Cache.AddOrUpdate(summary, read);
        return read.Cases;
    }

    public static bool Any(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == WorkersParameter));

    private static ReadOnlyDictionary<BenchmarkCase, CaseResult> ReadCases(Summary summary, RunEnvironment environment)
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
                    : parameters.ContainsKey(IterationsParameter) ? Workload.Crunch.Instance : null;
            if (workload is null)
                continue;

            var others = benchmark.Parameters.Items.Where(p => p.Name != WorkersParameter).Select(p => $"{p.Name}={p.Value}");
            var group = $"{benchmark.Descriptor.Type.FullName}|{benchmark.Job.DisplayInfo}|{string.Join(",", others)}";
            var statistics = summary[benchmark]?.ResultStatistics;
            var timing = statistics is null ? null : new Timing(statistics.Median, statistics.Q1, statistics.Q3);
            results[benchmark] = new CaseResult(group, benchmark.Descriptor.WorkloadMethod.Name,
                benchmark.Descriptor.Baseline, workers, Processors(environment, benchmark.Job), timing, workload);
        }
        return results.AsReadOnly();
    }

    /// <summary>The processors a case could use: its job's affinity if it sets one, else the run's.</summary>
    internal static int Processors(RunEnvironment environment, Job job)
    {
        var affinity = job.Environment.Affinity;
        return affinity != default
            ? Math.Clamp(BitOperations.PopCount((ulong)affinity.ToInt64()), 1, environment.Processors)
            : environment.Processors;
    }
}

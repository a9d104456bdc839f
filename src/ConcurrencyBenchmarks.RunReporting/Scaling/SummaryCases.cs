using System.Collections.ObjectModel;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>
/// Reads the scaling model out of a BDN summary. A case takes part when its class declares the scaling contract
/// (<see cref="ScalingAttribute"/>: the worker-count and size parameters); Serial is the baseline BDN knows
/// (<see cref="Summary.IsBaseline"/>).
/// </summary>
public static class SummaryCases
{
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

    public static bool Any(Summary summary) => summary.BenchmarksCases.Any(c => Contract(c) is not null);

    /// <summary>The scaling contract of a case's class, or null when it takes no part in scaling.</summary>
    public static ScalingAttribute? Contract(BenchmarkCase benchmark) =>
        benchmark.Descriptor.Type.GetCustomAttribute<ScalingAttribute>(inherit: true);

    /// <summary>How long one worker of a sleeping case in scaling sleeps, or null for any other case.</summary>
    public static TimeSpan? SleepDuration(BenchmarkCase benchmark) =>
        Contract(benchmark) is { Workload: WorkloadKind.Sleep, SizeParameter: { } size }
        && benchmark.Parameters.Items.FirstOrDefault(p => p.Name == size)?.Value is string sleep
        && Duration.TryParse(sleep, out var duration)
            ? duration
            : null;

    /// <summary>The worker count of a case in scaling, or null.</summary>
    public static int? Workers(BenchmarkCase benchmark) =>
        Contract(benchmark) is { } contract ? benchmark.Parameters.Items.FirstOrDefault(p => p.Name == contract.WorkersParameter)?.Value as int? : null;

    private static ReadOnlyDictionary<BenchmarkCase, CaseResult> ReadCases(Summary summary, RunEnvironment environment)
    {
        var results = new Dictionary<BenchmarkCase, CaseResult>();
        foreach (var benchmark in summary.BenchmarksCases)
        {
            if (Contract(benchmark) is not { } contract)
                continue;
            var parameters = benchmark.Parameters.Items.ToDictionary(p => p.Name, p => p.Value);
            if (parameters.GetValueOrDefault(contract.WorkersParameter) is not int workers)
                continue; // the contract validator has said so before the run
            var size = contract.SizeParameter is { } sizeParameter ? parameters.GetValueOrDefault(sizeParameter) : null;
            Workload? workload = contract.Workload switch
            {
                WorkloadKind.Sleep when SleepDuration(benchmark) is { } duration => new Workload.Sleep(environment.SleepNanoseconds(duration.Ticks * 100.0)),
                WorkloadKind.Crunch => Workload.Crunch.Instance,
                WorkloadKind.Mixed when contract.SizeParameter is null => Workload.Mixed.Unknown,
                WorkloadKind.Mixed when ScalingContractValidator.CountingShare(size) is { } share
                    => new Workload.Mixed(share),
                _ => null,
            };
            if (workload is null)
                continue;

            // Cases compare within a family: the same class, job and parameters but for the worker count.
            var others = benchmark.Parameters.Items.Where(p => p.Name != contract.WorkersParameter).Select(p => $"{p.Name}={p.Value}");
            var family = $"{benchmark.Descriptor.Type.FullName}|{benchmark.Job.DisplayInfo}|{string.Join(",", others)}";
            var statistics = summary[benchmark]?.ResultStatistics;
            var timing = statistics is null ? null : new Timing(statistics.Median, statistics.Q1, statistics.Q3);
            results[benchmark] = new CaseResult(family, benchmark.Descriptor.WorkloadMethod.Name,
                summary.IsBaseline(benchmark), workers, Processors(environment, benchmark.Job), timing, workload)
            {
                Values = statistics?.OriginalValues ?? [],
                BusyCores = BusyCoresColumn.Of(summary[benchmark]),
                Interleaved = environment.Interleaved?.EstimateOf(FullNameProvider.GetBenchmarkName(benchmark)),
            };
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

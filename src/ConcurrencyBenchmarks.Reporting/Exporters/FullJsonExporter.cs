using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.Exporters;

/// <summary>
/// BDN's full JSON report (<c>*-report-full.json</c>, every raw measurement) with the run's environment added: the
/// processors the ideal was computed for, and the machine's delivered capacity when it was measured.
/// </summary>
public sealed class FullJsonExporter(RunEnvironment environment) : JsonExporter("-full", indentJson: true, excludeMeasurements: false)
{
    public const string EnvironmentKey = "RunEnvironment";

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(Summary summary)
    {
        var data = new Dictionary<string, object>(base.GetDataToSerialize(summary))
        {
            [EnvironmentKey] = new Dictionary<string, object?>
            {
                ["Processors"] = environment.Processors,
                ["Capacity"] = environment.Capacity is not { } capacity ? null : capacity.Steps.Select(step => new Dictionary<string, object>
                {
                    ["Threads"] = step.Threads,
                    ["TotalSpeedup"] = step.TotalSpeedup,
                    ["SlowestShare"] = step.SlowestShare,
                    ["EqualShareSpeedup"] = step.EqualShareSpeedup,
                }).ToArray(),
                ["CapacityInterference"] = environment.Capacity?.Interference,
                ["Summary"] = environment.Describe(),
            },
        };
        return data;
    }
}

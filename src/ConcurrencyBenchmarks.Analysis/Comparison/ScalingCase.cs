using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// Where a benchmark stands in scaling, read from its full JSON report: its class, its strategy (method) and worker
/// count, whether it is the baseline, and the family of cases it is compared with (same class and parameters but the
/// worker count).
/// </summary>
public sealed record ScalingCase(string Family, string Strategy, int Workers, bool IsBaseline)
{
    /// <summary>
    /// From BDN's Type, Method and Parameters (<c>Sleep=10ms&amp;Workers=1</c>) and what the run recorded of the class's
    /// scaling contract (its worker parameter and baseline); a report from before that record is read by the
    /// contract's defaults. Null when the case has no worker count.
    /// </summary>
    public static ScalingCase? From(string type, string method, string parameters, RecordedScaling? recorded = null)
    {
        var workersParameter = recorded?.WorkersParameter ?? ScalingAttribute.DefaultWorkersParameter;
        var pairs = parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToArray();
        var workers = pairs.FirstOrDefault(p => p[0] == workersParameter);
        if (workers is not [_, var value] || (recorded?.Workers ?? (int.TryParse(value, out var parsed) ? parsed : null)) is not { } count)
            return null;
        var others = string.Join("&", pairs.Where(p => p[0] != workersParameter).Select(p => string.Join('=', p)));
        return new ScalingCase($"{type}({others})", method, count, recorded?.Baseline ?? method == ScalingAttribute.UnrecordedBaselineMethod);
    }

    /// <summary>A case of a full report, with what the run recorded of it; null when it has no worker count.</summary>
    public static ScalingCase? From(ReportedBenchmark benchmark, RecordedScaling? recorded) =>
        benchmark is { Type: { } type, Method: { } method, Parameters: { } parameters } ? From(type, method, parameters, recorded) : null;

    /// <summary>Whether <paramref name="other"/> is this case's baseline: the family's baseline at the same worker count.</summary>
    public bool HasBaseline(ScalingCase other) => other.IsBaseline && other.Family == Family && other.Workers == Workers;
}

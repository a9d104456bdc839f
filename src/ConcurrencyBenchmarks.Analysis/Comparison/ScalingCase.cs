using System.Text.Json;
using ConcurrencyBenchmarks.Reporting.Exporters;
using ConcurrencyBenchmarks.Reporting.Scaling;

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
        if (workers is not [_, var value] || !int.TryParse(value, out var count))
            return null;
        var others = string.Join("&", pairs.Where(p => p[0] != workersParameter).Select(p => string.Join('=', p)));
        return new ScalingCase($"{type}({others})", method, count, recorded?.Baseline ?? method == ScalingAttribute.UnrecordedBaselineMethod);
    }

    /// <summary>Whether <paramref name="other"/> is this case's baseline: the family's baseline at the same worker count.</summary>
    public bool HasBaseline(ScalingCase other) => other.IsBaseline && other.Family == Family && other.Workers == Workers;
}

/// <summary>
/// What a run recorded of one case's scaling beside BDN's data (<see cref="FullJsonExporter"/>): the class's worker
/// parameter, whether the case is its class's baseline, and its efficiency. Each is null in reports that predate it.
/// </summary>
public sealed record RecordedScaling(string? WorkersParameter, bool? Baseline, double? Efficiency)
{
    /// <summary>Every case a full JSON report recorded, by full name.</summary>
    public static Dictionary<string, RecordedScaling> Of(JsonElement report)
    {
        var recorded = new Dictionary<string, RecordedScaling>(StringComparer.Ordinal);
        if (!report.TryGetProperty(FullJsonExporter.ScalingKey, out var scaling) || scaling.ValueKind != JsonValueKind.Object)
            return recorded;
        foreach (var entry in scaling.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.Object))
        {
            var value = entry.Value;
            recorded[entry.Name] = new RecordedScaling(
                value.TryGetProperty("WorkersParameter", out var workers) && workers.ValueKind == JsonValueKind.String ? workers.GetString() : null,
                value.TryGetProperty("Baseline", out var baseline) && baseline.ValueKind is JsonValueKind.True or JsonValueKind.False ? baseline.GetBoolean() : null,
                value.TryGetProperty("Efficiency", out var efficiency) && efficiency.ValueKind == JsonValueKind.Number ? efficiency.GetDouble() : null);
        }
        return recorded;
    }
}

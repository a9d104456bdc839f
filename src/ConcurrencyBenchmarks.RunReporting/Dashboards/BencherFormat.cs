using System.Text.Json.Nodes;

namespace ConcurrencyBenchmarks.RunReporting.Dashboards;

/// <summary>
/// Bencher Metric Format (BMF): an object keyed by benchmark name, each holding its measures, each a value with lower
/// and upper bounds. Times go as <c>latency</c> (nanoseconds: the median, bounded by the quartiles); speed-up and
/// efficiency as measures of their own. <c>bencher run --adapter json --file bencher-bmf.json</c> reads it.
/// </summary>
public static class BencherFormat
{
    public const string FileName = "bencher-bmf.json";

    public static JsonObject Of(IReadOnlyList<DashboardCase> cases)
    {
        var bmf = new JsonObject();
        foreach (var c in cases)
        {
            var measures = new JsonObject
            {
                ["latency"] = new JsonObject { ["value"] = c.Median, ["lower_value"] = c.LowerQuartile, ["upper_value"] = c.UpperQuartile },
            };
            if (c.Speedup is { } speedup)
                measures["speedup"] = new JsonObject { ["value"] = speedup };
            if (c.Efficiency is { } efficiency)
                measures["efficiency"] = new JsonObject { ["value"] = efficiency };
            bmf[c.Id] = measures;
        }
        return bmf;
    }
}

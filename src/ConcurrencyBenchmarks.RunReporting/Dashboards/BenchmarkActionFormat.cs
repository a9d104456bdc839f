using System.Globalization;
using System.Text.Json.Nodes;

namespace ConcurrencyBenchmarks.RunReporting.Dashboards;

/// <summary>
/// github-action-benchmark's custom JSON: a list of <c>{ name, unit, value, range, extra }</c>, one file per direction.
/// Times (median, the interquartile range in <c>range</c>) go to the <c>customSmallerIsBetter</c> file; speed-ups and
/// efficiencies, named by the case's ID and the measure, to the <c>customBiggerIsBetter</c> file.
/// </summary>
public static class BenchmarkActionFormat
{
    public const string TimesFileName = "benchmark-action-times.json";
    public const string ScalingFileName = "benchmark-action-scaling.json";

    public static JsonArray Times(IReadOnlyList<DashboardCase> cases) =>
        new([.. cases.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Id,
            ["unit"] = "ns",
            ["value"] = c.Median,
            ["range"] = string.Create(CultureInfo.InvariantCulture, $"IQR {c.LowerQuartile:0.##}–{c.UpperQuartile:0.##}"),
            ["extra"] = $"median {TimeText.Of(c.Median)}, interquartile range {TimeText.Of(c.LowerQuartile)} to {TimeText.Of(c.UpperQuartile)}",
        })]);

    public static JsonArray Scaling(IReadOnlyList<DashboardCase> cases) =>
        new([
            .. cases.Where(c => c.Speedup is not null).Select(c => (JsonNode)new JsonObject
            {
                ["name"] = $"{c.Id} speed-up", ["unit"] = "x", ["value"] = c.Speedup,
            }),
            .. cases.Where(c => c.Efficiency is not null).Select(c => (JsonNode)new JsonObject
            {
                ["name"] = $"{c.Id} efficiency", ["unit"] = "ratio", ["value"] = c.Efficiency,
            }),
        ]);
}

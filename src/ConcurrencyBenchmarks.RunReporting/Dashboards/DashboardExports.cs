using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Dashboards;

/// <summary>
/// The run's results for the dashboards teams already keep: Bencher (<see cref="BencherFormat"/>) and
/// github-action-benchmark (<see cref="BenchmarkActionFormat"/>), one file each for the whole run, beside the page.
/// Every case is named by its full ID, so no two cases of a parameterized class share a series.
/// </summary>
public static class DashboardExports
{
    // Quotes in IDs (string parameters) as \" rather than \u0022: the files are read by people too.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the files into the results folder of the summaries and returns their paths (none without results).</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<Summary> summaries, RunEnvironment environment)
    {
        var withResults = summaries.Where(s => s.Reports.Any(r => r.ResultStatistics is not null)).ToArray();
        if (withResults.Length == 0)
            return [];
        var cases = DashboardCase.Of(withResults, environment);
        var folder = withResults[0].ResultsDirectoryPath;
        Directory.CreateDirectory(folder);
        return
        [
            Save(folder, BencherFormat.FileName, BencherFormat.Of(cases)),
            Save(folder, BenchmarkActionFormat.TimesFileName, BenchmarkActionFormat.Times(cases)),
            Save(folder, BenchmarkActionFormat.ScalingFileName, BenchmarkActionFormat.Scaling(cases)),
        ];
    }

    private static string Save(string folder, string name, JsonNode json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json.ToJsonString(Indented));
        return path;
    }
}

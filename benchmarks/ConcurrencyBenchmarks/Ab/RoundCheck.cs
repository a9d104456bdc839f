using System.Text.Json;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Reporting.Exporters;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// A round's results say which build they measured (the full JSON's <c>RunEnvironment.Build</c>, see
/// <see cref="FullJsonExporter"/>): a round of one side whose results name another commit is a mix-up that must never
/// pass as a comparison.
/// </summary>
public static class RoundCheck
{
    /// <summary>What is wrong, e.g. "measured commit 1a2b3c4 (…)", or null when every report names <paramref name="commit"/> or names none (a base from before the record).</summary>
    public static string? Mismatch(string results, string commit)
    {
        var files = Directory.Exists(results) ? Directory.GetFiles(results, RunFiles.Pattern, SearchOption.AllDirectories) : [];
        if (files.Length == 0)
            return "wrote no results";
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            if (json.RootElement.TryGetProperty(FullJsonExporter.EnvironmentKey, out var environment) && environment.ValueKind == JsonValueKind.Object
                && environment.TryGetProperty(FullJsonExporter.BuildKey, out var build) && build.ValueKind == JsonValueKind.Object
                && build.TryGetProperty("Commit", out var measured) && measured.ValueKind == JsonValueKind.String
                && measured.GetString() is { } text && !text.StartsWith(commit, StringComparison.OrdinalIgnoreCase))
                return $"measured commit {text} ({Path.GetFileName(file)})";
        }
        return null;
    }
}

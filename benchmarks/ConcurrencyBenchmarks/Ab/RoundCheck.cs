using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Record;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// A round's results say which build they measured (the run's manifest, and each full JSON's <c>RunEnvironment.Build</c>,
/// see <see cref="FullJsonExporter"/>): a round of one side whose results name another commit is a mix-up that must never
/// pass as a comparison.
/// </summary>
public static class RoundCheck
{
    /// <summary>What is wrong, e.g. "measured commit 1a2b3c4 (…)", or null when every record names <paramref name="commit"/> or names none (a base from before the record).</summary>
    public static string? Mismatch(string results, string commit)
    {
        var files = Directory.Exists(results) ? RunFiles.Of(results, "the round's results") : [];
        if (files.Length == 0)
            return "wrote no results";
        foreach (var run in RunRecord.Of(files))
        {
            if (run.Manifest?.Commit is { } manifestCommit && !Names(manifestCommit, commit))
                return $"measured commit {manifestCommit} ({Path.GetFileName(run.Folder)}/{RunManifest.FileName})";
            if (run.Reports.FirstOrDefault(r => r.Report.RunEnvironment?.Build?.Commit is { } measured && !Names(measured, commit)) is { } other)
                return $"measured commit {other.Report.RunEnvironment!.Build!.Commit} ({Path.GetFileName(other.Path)})";
        }
        return null;
    }

    private static bool Names(string measured, string commit) => measured.StartsWith(commit, StringComparison.OrdinalIgnoreCase);
}

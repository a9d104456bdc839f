using System.Text.Json;
using ConcurrencyBenchmarks.RunReporting.Record;

namespace ConcurrencyBenchmarks.Analysis.Record;

/// <summary>
/// One run as <c>compare</c>, <c>ab</c> and <c>history</c> read it: the full JSON reports of one folder and, where the
/// run wrote one, its manifest. Which folders a path stands for is <see cref="RunFiles"/>' rule; within a folder, the
/// reports are the manifest's, and a report it does not name (another run's, left beside it) is refused, not pooled.
/// </summary>
public sealed record RunRecord(string Folder, RunManifest? Manifest, IReadOnlyList<ReportFile> Reports)
{
    /// <summary>Every run under a path, a folder each (rounds of <c>ab</c>, say), in the order of their folders.</summary>
    /// <param name="role">The option that named the path, for the messages (e.g. "--base").</param>
    public static IReadOnlyList<RunRecord> Read(string path, string role)
    {
        var files = RunFiles.Of(path, role);
        if (files.Length == 0)
            throw new RunInputException(
                $"no {RunFiles.Pattern} under {role} '{path}': run the suite first (its full JSON exporter is on by default; with your own config add --exporters fulljson)");
        return Of(files);
    }

    /// <summary>The runs of report files already chosen by <see cref="RunFiles"/>: one run per folder.</summary>
    public static IReadOnlyList<RunRecord> Of(IEnumerable<string> files) =>
        files.GroupBy(f => Path.GetDirectoryName(Path.GetFullPath(f))!, StringComparer.Ordinal)
            .Select(folder => Of(folder.Key, [.. folder]))
            .ToArray();

    private static RunRecord Of(string folder, IReadOnlyList<string> files)
    {
        var manifest = ReadManifest(Path.Combine(folder, RunManifest.FileName));
        if (manifest is not null && files.FirstOrDefault(f => !manifest.Reports.Contains(Path.GetFileName(f))) is { } stray)
            throw new RunInputException(
                $"'{stray}' is not one of the reports of the run that {RunManifest.FileName} beside it records (finished {manifest.Finished:u}): "
                + "it is another run's; move it away, or give the folder of one run");
        return new RunRecord(folder, manifest, [.. files.Select(ReportFile.Read)]);
    }

    private static RunManifest? ReadManifest(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllBytes(path), RunManifest.Json)
                   ?? throw new RunInputException($"'{path}' is not a run manifest: it is empty");
        }
        catch (JsonException e)
        {
            throw new RunInputException($"'{path}' is not a run manifest: {e.Message.Split('\n')[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunInputException($"cannot read '{path}': {e.Message}");
        }
    }
}

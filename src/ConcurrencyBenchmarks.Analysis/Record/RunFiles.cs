namespace ConcurrencyBenchmarks.Analysis.Record;

/// <summary>
/// Which full JSON reports a path stands for, by one rule for <c>compare</c>, <c>ab</c> and <c>history</c>: a file is
/// itself; a folder holding <c>results/</c> (BenchmarkDotNet.Artifacts) is that run's <c>results/</c> alone, never the
/// <c>ab</c> comparisons kept beside it; any other folder is every report under it (rounds, a folder each), unless it
/// holds both sides of an <c>ab</c> comparison or several comparisons, which is refused rather than pooled.
/// </summary>
public static class RunFiles
{
    public const string Pattern = "*-report-full.json";

    /// <param name="role">The option that named the path, for the messages (e.g. "--base").</param>
    public static string[] Of(string path, string role)
    {
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new RunInputException($"{role} '{path}' does not exist");
        var folder = Directory.Exists(Path.Combine(path, "results")) ? Path.Combine(path, "results") : path;
        var files = Directory.GetFiles(folder, Pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var segments = files.Select(f => Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar)[..^1]).ToArray();
        if (segments.Any(s => s.Contains("base")) && segments.Any(s => s.Contains("head")))
            throw new RunInputException($"{role} '{path}' holds both sides of an ab comparison (base/ and head/): give one side's folder");
        var comparisons = segments.Select(s => s.FirstOrDefault(IsComparison)).Where(c => c is not null).Distinct().Count();
        if (comparisons > 1)
            throw new RunInputException($"{role} '{path}' holds {comparisons} ab comparisons: give one comparison's base/ or head/ folder");
        return files;
    }

    private static bool IsComparison(string segment) =>
        segment.StartsWith("paired-", StringComparison.Ordinal) || segment.StartsWith("rounds-", StringComparison.Ordinal);
}

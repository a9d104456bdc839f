using System.Globalization;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// Each comparison of <c>ab</c> in a folder of its own under BenchmarkDotNet.Artifacts/ab, named by its start and its
/// process, so two <c>ab</c> at once never mix their measurements; the newest <see cref="Kept"/> are kept.
/// </summary>
public static class ComparisonFolders
{
    public const int Kept = 10;

    /// <summary>A new folder for this comparison (<c>paired-…</c> or <c>rounds-…</c>); older ones beyond <see cref="Kept"/> are removed.</summary>
    public static string Create(string ab, string mode)
    {
        var folder = Path.Combine(ab, string.Create(CultureInfo.InvariantCulture, $"{mode}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}"));
        Directory.CreateDirectory(folder);
        var older = new DirectoryInfo(ab).GetDirectories().Where(d => d.Name.StartsWith("paired-", StringComparison.Ordinal) || d.Name.StartsWith("rounds-", StringComparison.Ordinal))
            .OrderByDescending(d => d.CreationTimeUtc).Skip(Kept);
        foreach (var old in older)
        {
            try
            {
                old.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // still in use, or not ours to delete: kept, and tried again next time
            }
        }
        return folder;
    }
}

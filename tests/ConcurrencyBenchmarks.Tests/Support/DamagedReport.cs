namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>A real report of the suite copied with a damage of the test's choosing: what a bad input looks like.</summary>
public static class DamagedReport
{
    private static readonly string RealReport = Path.Combine(AppContext.BaseDirectory, "Comparison", "Data", "run-b",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json");

    /// <summary>Writes run B's OnlySleep report, damaged, into <c>damaged/</c> under <paramref name="parent"/>; returns that folder.</summary>
    public static string Write(string parent, Func<string, string> damage)
    {
        var folder = Path.Combine(parent, "damaged");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(RealReport)), damage(File.ReadAllText(RealReport)));
        return folder;
    }
}

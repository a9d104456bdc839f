namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>A real report of the suite copied with a damage of the test's choosing: what a bad input looks like.</summary>
public static class DamagedReport
{
    private static readonly string RealReport = Path.Combine(AppContext.BaseDirectory, "Comparison", "Data", "run-b",
        "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json");

    /// <summary>The real report's text, undamaged (its first case's median is <c>10113694</c>).</summary>
    public static string Original => File.ReadAllText(RealReport);

    /// <summary>Writes run B's OnlySleep report, damaged, into <paramref name="name"/> under <paramref name="parent"/>; returns that folder.</summary>
    public static string Write(string parent, Func<string, string> damage, string name = "damaged")
    {
        var folder = Path.Combine(parent, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(RealReport)), damage(Original));
        return folder;
    }

    /// <summary>The report with its first raw value replaced by <paramref name="value"/> (JSON text, valid or not).</summary>
    public static string WithFirstRawValue(string report, string value)
    {
        var at = report.IndexOf("\"OriginalValues\":[", StringComparison.Ordinal) + "\"OriginalValues\":[".Length;
        var end = report.IndexOfAny([',', ']'], at);
        return report[..at] + value + report[end..];
    }
}

using BenchmarkDotNet.Reports;

namespace ConcurrencyBenchmarks.Reporting;

/// <summary>The file names BDN gives a summary's reports, so ours sit beside them.</summary>
public static class ReportNames
{
    /// <summary>The benchmark class's full name for a summary of one class, else the summary's title.</summary>
    public static string BaseName(Summary summary)
    {
        var types = summary.BenchmarksCases.Select(c => c.Descriptor.Type).Distinct().ToArray();
        return types.Length == 1 ? types[0].FullName!.Replace('+', '.') : summary.Title;
    }
}

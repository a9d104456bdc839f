using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Page;

/// <summary>BDN's own reports of a summary that exist in the results folder, named by the exporters that write them.</summary>
public static class ReportLinks
{
    private static readonly (ExporterBase Exporter, string Label)[] Reports =
    [
        ((ExporterBase)HtmlExporter.Default, "HTML"), ((ExporterBase)MarkdownExporter.GitHub, "markdown"),
        ((ExporterBase)CsvExporter.Default, "CSV"), (new FullJsonExporter(RunEnvironment.Current), "full JSON"),
    ];

    /// <summary>Each report's file name (relative to the folder) and what to call it, for those that were written.</summary>
    public static IReadOnlyList<(string File, string Label)> Of(Summary summary, string folder) =>
        Reports.Select(r => (File: Path.GetFileName(r.Exporter.GetArtifactFullName(summary)), r.Label))
            .Where(r => File.Exists(Path.Combine(folder, r.File)))
            .ToArray();
}

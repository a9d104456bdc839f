using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace ConcurrencyBenchmarks.RunReporting;

/// <summary>
/// Names of files beside BDN's reports, made by BDN's own exporter code (<see cref="ExporterBase.GetArtifactFullName"/>),
/// so the charts and the page keep following BDN's naming when it changes.
/// </summary>
public static class ArtifactNames
{
    /// <summary>The full path BDN gives a summary's file of this caption: <c>&lt;results&gt;/&lt;summary's name&gt;-&lt;caption&gt;.&lt;extension&gt;</c>.</summary>
    public static string For(Summary summary, string caption, string extension) =>
        new Namer(caption, extension).GetArtifactFullName(summary);

    /// <summary>A summary's short title: its benchmark class's name, or BDN's title for a summary of several classes.</summary>
    public static string Title(Summary summary) =>
        summary.BenchmarksCases.Select(c => c.Descriptor.Type).Distinct().ToArray() is [var single] ? single.Name : summary.Title;

    // An exporter that writes nothing: it exists for BDN's naming of the files it would write.
    private sealed class Namer(string caption, string extension) : ExporterBase
    {
        protected override string FileCaption => caption;
        protected override string FileExtension => extension;

        public override void ExportToLog(Summary summary, ILogger logger)
        {
        }
    }
}

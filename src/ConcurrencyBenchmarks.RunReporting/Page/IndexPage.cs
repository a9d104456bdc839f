using System.Globalization;
using System.Net;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Charts;
using ConcurrencyBenchmarks.RunReporting.Columns;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Page;

/// <summary>
/// One page for a whole run, <c>index.html</c> beside BDN's reports: the machine and its delivered capacity; per
/// workload a few findings in words, the charts, the table with the scaling columns (fitted to the page's width) and
/// links to BDN's own reports. A static file that works opened from disk:
/// no server, no script, nothing fetched from the internet.
/// </summary>
public static class IndexPage
{
    public const string FileName = "index.html";


    // BDN's columns the page leaves out to fit its width: the mean with its error and deviation (every scaling number
    // is computed from medians; Median, Min and Max show the spread), Ratio (Speedup is its inverse), the allocation
    // ratio, and the threading diagnoser's counts (Pool threads and Busy cores say more about concurrency). The
    // markdown, HTML and CSV reports keep them all.
    private static readonly string[] LeftOut = ["Mean", "Error", "StdDev", "Ratio", "RatioSD", "Alloc Ratio", "Completed Work Items", "Lock Contentions"];

    /// <summary>Writes the page into the results folder of the summaries and returns its path, or null without summaries.</summary>
    public static string? Write(IReadOnlyList<Summary> summaries, RunEnvironment environment)
    {
        var withResults = summaries.Where(s => s.BenchmarksCases.Length > 0).ToArray();
        if (withResults.Length == 0)
            return null;
        var folder = withResults[0].ResultsDirectoryPath;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(withResults, folder, environment), Encoding.UTF8);
        return path;
    }

    public static string Render(IReadOnlyList<Summary> summaries, string folder, RunEnvironment environment)
    {
        var html = new StringBuilder();
        HtmlHead.Write(html, "ConcurrencyBenchmarks results", Style);
        html.AppendLine($"<p class=\"when\">Written {E(DateTime.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))}.</p>");
        html.AppendLine("<nav><ul>");
        for (var i = 0; i < summaries.Count; i++)
            html.AppendLine($"<li><a href=\"#{Anchor(i)}\">{E(ArtifactNames.Title(summaries[i]))}</a></li>");
        html.AppendLine("</ul></nav>");
        Machine(html, summaries[0], environment);
        for (var i = 0; i < summaries.Count; i++)
            Workload(html, summaries[i], Anchor(i), folder, environment);
        Legend(html, environment);
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void Machine(StringBuilder html, Summary summary, RunEnvironment environment)
    {
        html.AppendLine("<section class=\"machine\"><h2>Machine</h2>");
        html.AppendLine($"<p class=\"capacity\">{E($"Processors this run could use (C, for the ideal): {environment.Processors}.")}");
        if (environment.DescribeTopology() is { } topology)
            html.AppendLine($"<br>{E($"Topology: {topology}.")}");
        if (environment.Capacity is not null)
            html.AppendLine($"<br>{E($"Capacity, measured before the benchmarks: {environment.Capacity.Describe()}.")}");
        if (environment.DescribeChange() is { } change)
            html.AppendLine($"<br>{E(change + ".")}");
        foreach (var timer in environment.SleepTimers)
            html.AppendLine($"<br>{E($"Timer: {timer.Describe()}.")}");
        if (environment.DescribeInterleaving() is { } interleaved)
            html.AppendLine($"<br>{E(interleaved + ".")}");
        html.AppendLine("</p><ul>");
        foreach (var line in summary.HostEnvironmentInfo.ToFormattedString())
            html.AppendLine($"<li>{E(line.Trim())}</li>");
        html.AppendLine("</ul></section>");
    }

    private static void Workload(StringBuilder html, Summary summary, string anchor, string folder, RunEnvironment environment)
    {
        var title = ArtifactNames.Title(summary);
        html.AppendLine($"<section id=\"{anchor}\"><h2>{E(title)}</h2>");
        var findings = Findings.Of(summary, environment);
        if (findings.Count > 0)
            html.AppendLine("<ul class=\"findings\">" + string.Concat(findings.Select(f => $"<li>{E(f)}</li>")) + "</ul>");

        // Every group's charts: a summary of two jobs or runtimes has a pair for each.
        var charts = ChartFiles.Of(summary, environment)
            .SelectMany(c => new[] { (c.SpeedupPath, $"{c.Label}: speed-up versus workers"), (c.TimePath, $"{c.Label}: time versus workers") })
            .Select(c => (File: Path.GetFileName(c.Item1 + ".svg"), What: c.Item2))
            .Where(c => File.Exists(Path.Combine(folder, c.File))).ToArray();
        if (charts.Length > 0)
        {
            html.AppendLine("<div class=\"charts\">");
            foreach (var (file, what) in charts)
                html.AppendLine($"<figure><img src=\"{E(Uri.EscapeDataString(file))}\" alt=\"{E(what)}\"><figcaption>{E(what)}</figcaption></figure>");
            html.AppendLine("</div>");
        }

        Table(html, summary);

        var links = ReportLinks.Of(summary, folder);
        if (links.Count > 0)
            html.AppendLine("<p class=\"reports\">BenchmarkDotNet's reports: " + string.Join(" · ",
                links.Select(r => $"<a href=\"{E(Uri.EscapeDataString(r.File))}\">{r.Label}</a>")) + "</p>");
        html.AppendLine("</section>");
    }

    private static void Table(StringBuilder html, Summary summary)
    {
        var table = summary.Table;
        var shown = Enumerable.Range(0, table.ColumnCount)
            .Where(i => table.Columns[i].NeedToShow && !LeftOut.Contains(table.Columns[i].OriginalColumn.ColumnName)).ToArray();
        html.AppendLine("<div class=\"table\"><table><thead><tr>");
        foreach (var i in shown)
            html.Append($"<th>{E(table.FullHeader[i])}</th>");
        html.AppendLine("</tr></thead><tbody>");
        for (var row = 0; row < table.FullContent.Length; row++)
        {
            var classes = new[]
            {
                row > 0 && table.FullContentStartOfLogicalGroup[row] ? "group" : null,
                InterferenceLevel.IsHigh(summary.Reports[row]) ? "interfered" : null,
            }.OfType<string>().ToArray();
            html.Append(classes.Length > 0 ? $"<tr class=\"{string.Join(' ', classes)}\">" : "<tr>");
            foreach (var i in shown)
                html.Append(table.Columns[i].OriginalColumn.IsNumeric ? $"<td class=\"n\">{E(table.FullContent[row][i])}</td>" : $"<td>{E(table.FullContent[row][i])}</td>");
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table></div>");
    }

    private static void Legend(StringBuilder html, RunEnvironment environment)
    {
        html.AppendLine("<section class=\"legend\"><h2>Reading the tables</h2><dl>");
        var columns = new IColumn[]
        {
            new SpeedupColumn(environment), new IdealColumn(environment), new EfficiencyColumn(environment), new CapacityColumn(environment),
            InterferenceColumn.Default,
        };
        foreach (var column in columns)
            html.AppendLine($"<dt>{E(column.ColumnName)}</dt><dd>{E(column.Legend)}</dd>");
        html.AppendLine("<dt>?</dt><dd>a value that needs a case this run does not have (Serial, say), or a measurement this platform does not offer</dd>");
        html.AppendLine("<dt>-</dt><dd>the column does not apply to the case (Serial against the machine's capacity)</dd>");
        html.AppendLine($"<dt>Charts</dt><dd>speed-up versus workers: each point is a speed-up with a whisker over its {ScalingMath.IntervalLevel:0%} interval (for counting from the interleaved visits); time versus workers: each point is BDN's median with a whisker over the middle half of the case's values (interquartile range). Lines closer than their whiskers are a tie.</dd>");
        html.AppendLine("</dl></section>");
    }

    private static string Anchor(int index) => $"summary-{index + 1}";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #222; }
        h1 { margin-bottom: 0.2rem; } .when { color: #666; margin-top: 0; }
        section { margin: 2rem 0; } nav ul { padding-left: 1.2rem; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; flex: 1 1 480px; } figure img { width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { text-align: center; color: #555; font-size: 0.9rem; }
        .table { overflow-x: auto; max-width: 100%; } table { border-collapse: collapse; font-size: 0.8rem; margin-top: 1rem; }
        th, td { border: 1px solid #ccc; padding: 0.2rem 0.35rem; } td { white-space: nowrap; }
        th { background: #f3f3f3; white-space: normal; vertical-align: bottom; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; } tr.group td { border-top: 3px solid #999; }
        tr.interfered td { background: #fff3cd; } .findings li { margin: 0.3rem 0; } .capacity { font-weight: 600; }
        dt { font-weight: bold; margin-top: 0.5rem; }
        """;
}

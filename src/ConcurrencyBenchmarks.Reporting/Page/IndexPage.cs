using System.Globalization;
using System.Net;
using System.Text;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Reporting.Columns;

namespace ConcurrencyBenchmarks.Reporting.Page;

/// <summary>
/// One page for a whole run, <c>index.html</c> beside BDN's reports: per workload the charts, the table with the
/// scaling columns and links to BDN's own reports, and the machine. A static file that works opened from disk:
/// no server, no script, nothing fetched from the internet.
/// </summary>
public static class IndexPage
{
    public const string FileName = "index.html";

    private static readonly (string Suffix, string Label)[] BdnReports =
    [
        ("-report.html", "HTML"), ("-report-github.md", "markdown"), ("-report.csv", "CSV"), ("-report-full.json", "full JSON"),
    ];

    /// <summary>Writes the page into the results folder of the summaries and returns its path, or null without summaries.</summary>
    public static string? Write(IReadOnlyList<Summary> summaries)
    {
        var withResults = summaries.Where(s => s.BenchmarksCases.Length > 0).ToArray();
        if (withResults.Length == 0)
            return null;
        var folder = withResults[0].ResultsDirectoryPath;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(withResults, folder), Encoding.UTF8);
        return path;
    }

    public static string Render(IReadOnlyList<Summary> summaries, string folder)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine("<title>ConcurrencyBenchmarks results</title>");
        html.AppendLine($"<style>{Style}</style></head><body>");
        html.AppendLine("<h1>ConcurrencyBenchmarks results</h1>");
        html.AppendLine($"<p class=\"when\">Written {E(DateTime.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))}.</p>");
        html.AppendLine("<nav><ul>");
        foreach (var summary in summaries)
            html.AppendLine($"<li><a href=\"#{E(ReportNames.BaseName(summary))}\">{E(Title(summary))}</a></li>");
        html.AppendLine("</ul></nav>");
        Machine(html, summaries[0]);
        foreach (var summary in summaries)
            Workload(html, summary, folder);
        Legend(html);
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void Machine(StringBuilder html, Summary summary)
    {
        html.AppendLine("<section class=\"machine\"><h2>Machine</h2><ul>");
        foreach (var line in summary.HostEnvironmentInfo.ToFormattedString())
            html.AppendLine($"<li>{E(line.Trim())}</li>");
        html.AppendLine($"<li>Logical cores used for the ideal: {summary.HostEnvironmentInfo.Cpu.Value.LogicalCoreCount?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}</li>");
        html.AppendLine("</ul></section>");
    }

    private static void Workload(StringBuilder html, Summary summary, string folder)
    {
        var baseName = ReportNames.BaseName(summary);
        html.AppendLine($"<section id=\"{E(baseName)}\"><h2>{E(Title(summary))}</h2>");

        var charts = new[] { ("-speedup.svg", "speed-up versus workers"), ("-time.svg", "time versus workers") }
            .Where(c => File.Exists(Path.Combine(folder, baseName + c.Item1))).ToArray();
        if (charts.Length > 0)
        {
            html.AppendLine("<div class=\"charts\">");
            foreach (var (suffix, what) in charts)
                html.AppendLine($"<figure><img src=\"{E(Uri.EscapeDataString(baseName + suffix))}\" alt=\"{E(Title(summary))}: {what}\"><figcaption>{E(what)}</figcaption></figure>");
            html.AppendLine("</div>");
        }

        Table(html, summary);

        var links = BdnReports.Where(r => File.Exists(Path.Combine(folder, baseName + r.Suffix))).ToArray();
        if (links.Length > 0)
            html.AppendLine("<p class=\"reports\">BenchmarkDotNet's reports: " + string.Join(" · ",
                links.Select(r => $"<a href=\"{E(Uri.EscapeDataString(baseName + r.Suffix))}\">{r.Label}</a>")) + "</p>");
        html.AppendLine("</section>");
    }

    private static void Table(StringBuilder html, Summary summary)
    {
        var table = summary.Table;
        var shown = Enumerable.Range(0, table.ColumnCount).Where(i => table.Columns[i].NeedToShow).ToArray();
        html.AppendLine("<div class=\"table\"><table><thead><tr>");
        foreach (var i in shown)
            html.Append($"<th>{E(table.FullHeader[i])}</th>");
        html.AppendLine("</tr></thead><tbody>");
        for (var row = 0; row < table.FullContent.Length; row++)
        {
            var groupStart = row > 0 && table.FullContentStartOfLogicalGroup[row] ? " class=\"group\"" : "";
            html.Append($"<tr{groupStart}>");
            foreach (var i in shown)
                html.Append(table.Columns[i].OriginalColumn.IsNumeric ? $"<td class=\"n\">{E(table.FullContent[row][i])}</td>" : $"<td>{E(table.FullContent[row][i])}</td>");
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table></div>");
    }

    private static void Legend(StringBuilder html)
    {
        html.AppendLine("<section class=\"legend\"><h2>Reading the tables</h2><dl>");
        foreach (var column in new ScalingColumn[] { SpeedupColumn.Default, IdealColumn.Default, EfficiencyColumn.Default })
            html.AppendLine($"<dt>{E(column.ColumnName)}</dt><dd>{E(column.Legend)}</dd>");
        html.AppendLine("<dt>?</dt><dd>a case the value needs (Serial, or Serial with one worker) is not in this run</dd>");
        html.AppendLine("</dl></section>");
    }

    private static string Title(Summary summary) => ReportNames.BaseName(summary).Split('.').Last();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #222; }
        h1 { margin-bottom: 0.2rem; } .when { color: #666; margin-top: 0; }
        section { margin: 2rem 0; } nav ul { padding-left: 1.2rem; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; flex: 1 1 480px; } figure img { width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { text-align: center; color: #555; font-size: 0.9rem; }
        .table { overflow-x: auto; } table { border-collapse: collapse; font-size: 0.85rem; margin-top: 1rem; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; white-space: nowrap; } th { background: #f3f3f3; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; } tr.group td { border-top: 3px solid #999; }
        dt { font-weight: bold; margin-top: 0.5rem; }
        """;
}

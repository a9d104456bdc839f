using System.Text;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// A table of a comparison, as markdown (job summaries, pull-request comments) or as aligned text (a terminal): the
/// first and last columns (a name, a verdict or mark) left-aligned, the numbers between them right-aligned.
/// </summary>
public static class TextTable
{
    public static void Write(StringBuilder text, bool markdown, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        bool Left(int column) => column == 0 || column == header.Count - 1;
        if (markdown)
        {
            text.AppendLine("| " + string.Join(" | ", header) + " |");
            text.AppendLine("|" + string.Join("|", header.Select((_, i) => Left(i) ? "---" : "---:")) + "|");
            foreach (var row in rows)
                text.AppendLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|"))) + " |");
            return;
        }
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(IEnumerable<string> cells) =>
            string.Join("  ", cells.Select((c, i) => Left(i) ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        text.AppendLine(Line(header));
        foreach (var row in rows)
            text.AppendLine(Line(row));
    }
}

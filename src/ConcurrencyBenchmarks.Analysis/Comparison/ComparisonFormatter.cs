using System.Globalization;
using System.Text;
using ConcurrencyBenchmarks.RunReporting;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// Writes a comparison: the summary line, the geometric means, then a table of Slower and one of Faster, sorted by
/// ratio; as markdown (for a CI job summary or a pull request) or as plain aligned text (for a terminal).
/// </summary>
public static class ComparisonFormatter
{
    public enum Format { Markdown, Console }

    public static string Write(ComparisonReport report, Format format, int? top = null, bool fullIds = false)
    {
        var text = new StringBuilder();
        text.AppendLine(report.SummaryLine);
        text.AppendLine($"geometric mean of diff/base: faster {Ratio(report.GeometricMeanRatio(Verdict.Faster))}, slower {Ratio(report.GeometricMeanRatio(Verdict.Slower))}");
        if (report.BaseMachines.Count + report.DiffMachines.Count > 0)
        {
            text.AppendLine($"base machine: {Machines(report.BaseMachines)}");
            text.AppendLine($"diff machine: {Machines(report.DiffMachines)}");
        }
        if (report.CrossesMachines)
            text.AppendLine(format == Format.Markdown
                ? "**Cross-machine comparison**: the machines differ, so every time differs by the machines as much as by the code."
                : "CROSS-MACHINE COMPARISON: the machines differ, so every time differs by the machines as much as by the code.");
        foreach (var warning in report.Warnings)
            text.AppendLine(format == Format.Markdown ? $"**Warning**: {warning}" : $"WARNING: {warning}");
        var rounded = report.Benchmarks.Where(b => b.RoundSpread is not null).ToArray();
        if (rounded.Length > 0 && report.Options.RelativeFraction is { } fraction && report.Options.Threshold.ToString() is var threshold)
        {
            // A benchmark whose rounds differ by more than the threshold cannot show a change that small in every round.
            var noisy = rounded.Where(b => b.RoundSpread > fraction).OrderByDescending(b => b.RoundSpread).ToArray();
            text.AppendLine(noisy.Length == 0
                ? $"rounds: every benchmark's rounds agree within {threshold}"
                : $"rounds: {noisy.Length} of {rounded.Length} benchmarks vary between rounds by more than {threshold}, too noisy to gate at it: "
                  + string.Join(", ", noisy.Take(5).Select(b => $"{(fullIds ? b.Id : ShortId(b.Id))} ({b.RoundSpread * 100:0}%)"))
                  + (noisy.Length > 5 ? ", …" : ""));
        }
        if (report.Slower.Count == 0 && report.Faster.Count == 0)
        {
            text.AppendLine();
            text.AppendLine($"No benchmark got faster or slower beyond the {report.Options.Threshold} threshold "
                            + $"(noise floor {Time(report.Options.NoiseNanoseconds)}).");
        }
        foreach (var (title, rows) in new[] { ("Slower", report.Slower), ("Faster", report.Faster) })
        {
            if (rows.Count == 0)
                continue;
            var shown = top is { } n ? rows.Take(n).ToArray() : rows;
            text.AppendLine();
            text.AppendLine(format == Format.Markdown ? $"### {title} ({rows.Count})" : $"{title} ({rows.Count}):");
            text.AppendLine();
            Table(text, format, shown.Select(b => new[]
            {
                fullIds ? b.Id : ShortId(b.Id), Time(b.BaseMedian), Time(b.DiffMedian), Ratio(b.Ratio), Shift(b.Shift), b.Modality ?? "",
            }).ToArray());
            if (shown.Count < rows.Count)
                text.AppendLine($"{(format == Format.Markdown ? "\n" : "")}… and {rows.Count - shown.Count} more (--top {top}).");
        }
        foreach (var (title, verdict) in new[] { ("Added", Verdict.Added), ("Removed", Verdict.Removed) })
        {
            var ids = report.Benchmarks.Where(b => b.Verdict == verdict).Select(b => fullIds ? b.Id : ShortId(b.Id)).ToArray();
            if (ids.Length == 0)
                continue;
            text.AppendLine();
            text.AppendLine($"{title}: {string.Join(", ", (top is { } n ? ids.Take(n) : ids).Select(id => format == Format.Markdown ? $"`{id}`" : id))}"
                            + (top is { } m && ids.Length > m ? $" … and {ids.Length - m} more" : ""));
        }
        Scaling(text, report, format);
        return text.ToString();
    }

    /// <summary>Speed-ups that changed: they hold across machines, where times do not.</summary>
    private static void Scaling(StringBuilder text, ComparisonReport report, Format format)
    {
        if (report.Scaling.Count == 0)
            return;
        var changed = report.Scaling.Where(s => s.Verdict != ScalingVerdict.Same).OrderBy(s => s.Ratio).ToArray();
        text.AppendLine();
        var line = $"speed-ups over Serial: lost: {report.Scaling.Count(s => s.Verdict == ScalingVerdict.Lost)}, "
                   + $"gained: {report.Scaling.Count(s => s.Verdict == ScalingVerdict.Gained)}, same: {report.Scaling.Count(s => s.Verdict == ScalingVerdict.Same)}";
        text.AppendLine(format == Format.Markdown ? $"### Scaling\n\n{line}" : line);
        if (changed.Length == 0)
            return;
        text.AppendLine();
        Table(text, format, changed.Select(s => new[]
        {
            $"{ShortId(s.Family)}.{s.Strategy}", s.Workers.ToString(CultureInfo.InvariantCulture), Times(s.BaseSpeedup), Times(s.DiffSpeedup),
            Ratio(s.Ratio), s.Verdict.ToString(),
        }).ToArray(), ScalingHeader);
    }

    private static readonly string[] ScalingHeader = ["Case", "Workers", "Base speed-up", "Diff speed-up", "Ratio", "Verdict"];

    private static string Times(double speedup) => speedup.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static readonly string[] Header = ["Benchmark", "Base median", "Diff median", "Ratio", "Shift", "Modality"];

    private static void Table(StringBuilder text, Format format, string[][] rows, string[]? header = null) =>
        TextTable.Write(text, format == Format.Markdown, header ?? Header, rows);

    /// <summary>Type.Method(parameters), without the namespace: narrow enough for a pull-request comment.</summary>
    public static string ShortId(string fullName)
    {
        var open = fullName.IndexOf('(');
        var name = open < 0 ? fullName : fullName[..open];
        var parts = name.Split('.');
        var shortName = parts.Length <= 2 ? name : string.Join('.', parts[^2..]);
        return open < 0 ? shortName : shortName + fullName[open..];
    }

    private static string Machines(IReadOnlyList<MachineFingerprint> machines) =>
        machines.Count == 0 ? "not recorded" : string.Join("; ", machines);

    private static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Shift(double? nanoseconds) =>
        nanoseconds is { } ns ? (ns >= 0 ? "+" : "−") + Time(Math.Abs(ns)) : "-";

    private static string Time(double? nanoseconds) => nanoseconds is { } ns ? TimeText.Of(ns) : "-";
}

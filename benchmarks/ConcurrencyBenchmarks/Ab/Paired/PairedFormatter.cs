using System.Globalization;
using System.Text;
using ConcurrencyBenchmarks.RunReporting;
using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// Writes a paired comparison: compare's first line with <c>unsure</c> added, what was measured where, the speed-ups,
/// the cases too noisy to gate, then one row per case (estimate, interval, pairs, per-pair noise, verdict); as
/// markdown (job summaries, pull-request comments) or aligned text (a terminal).
/// </summary>
public static class PairedFormatter
{
    public sealed record Context(string Base, string Head, MachineFingerprint Machine, string Cpus, int Pairs, TimeSpan Elapsed);

    private static string[] CaseHeader(double level) =>
        ["Case", "Base median", "Head median", "Head/base", string.Create(CultureInfo.InvariantCulture, $"{level:0.#%} interval"), "Pairs", "Noise", "Verdict"];
    private static readonly string[] SpeedupHeader = ["Case", "Workers", "Base speed-up", "Head speed-up", "Ratio", "Interval", "Verdict"];

    public static string Write(PairedComparison comparison, Context context, ComparisonFormatter.Format format)
    {
        var settings = comparison.Settings;
        var markdown = format == ComparisonFormatter.Format.Markdown;
        var text = new StringBuilder();
        text.AppendLine(comparison.SummaryLine);
        text.AppendLine($"paired A/B: base {context.Base}, head {context.Head}");
        text.AppendLine($"machine: {context.Machine}; CPUs {context.Cpus}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold {settings.Threshold:0.0%}, {settings.Level:0%} intervals, {settings.MinPairs}–{settings.MaxPairs} pairs a case ({settings.PairsPerVisit} a visit); {context.Pairs} pairs in {AbClock.Format(context.Elapsed)}"));
        var capped = comparison.Cases.Where(c => c.Verdict == PairedVerdict.Unsure).ToArray();
        if (capped.Length > 0)
            text.AppendLine($"too noisy to gate at {settings.Threshold:0.0%} (still unsure after {settings.MaxPairs} pairs): "
                            + string.Join(", ", capped.Select(c => ComparisonFormatter.ShortId(c.Id))));
        var speedups = comparison.Speedups;
        text.AppendLine($"speed-ups over Serial: lost: {speedups.Count(s => s.Verdict == "Lost")}, gained: {speedups.Count(s => s.Verdict == "Gained")}, "
                        + $"same: {speedups.Count(s => s.Verdict == "Same")}, unsure: {speedups.Count(s => s.Verdict == "Unsure")}");
        var changed = speedups.Where(s => s.Verdict is "Lost" or "Gained").ToArray();
        if (changed.Length > 0)
        {
            text.AppendLine();
            Table(text, markdown, SpeedupHeader, changed.Select(s => new[]
            {
                $"{ComparisonFormatter.ShortId(s.Family)}.{s.Strategy}", s.Workers.ToString(CultureInfo.InvariantCulture),
                Times(s.BaseSpeedup), Times(s.HeadSpeedup), Ratio(s.Estimate.Ratio), Interval(s.Estimate), s.Verdict,
            }));
        }
        text.AppendLine();
        if (markdown)
            text.AppendLine("### Cases\n");
        Table(text, markdown, CaseHeader(settings.Level), comparison.Cases.OrderBy(c => c.Verdict).ThenByDescending(c => c.Estimate.Ratio).Select(c => new[]
        {
            ComparisonFormatter.ShortId(c.Id), TimeText.Of(c.BaseMedian), TimeText.Of(c.HeadMedian), Ratio(c.Estimate.Ratio), Interval(c.Estimate),
            c.Estimate.Pairs.ToString(CultureInfo.InvariantCulture), Percent(c.Estimate.Noise), c.Verdict.ToString(),
        }));
        return text.ToString();
    }

    private static void Table(StringBuilder text, bool markdown, string[] header, IEnumerable<string[]> rows) =>
        TextTable.Write(text, markdown, header, rows.ToArray());

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "-" : ratio.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Interval(PairedEstimate estimate) =>
        double.IsNaN(estimate.Ratio) ? "-" : string.Create(CultureInfo.InvariantCulture, $"{estimate.Lower:0.000}–{estimate.Upper:0.000}");

    private static string Times(double speedup) => speedup.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Percent(double logNoise) =>
        double.IsNaN(logNoise) ? "-" : (logNoise * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

}

using System.Globalization;
using ConcurrencyBenchmarks.RunReporting.Charts;
using ScottPlot.TickGenerators;
using ScottPlot;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// The history's pictures, one commit per step along x: a benchmark's median per commit in its interquartile band
/// with its steps marked and named by commit in the legend, and a workload's speed-ups over Serial at its largest worker count.
/// Both mark where the runtime, OS or kernel changed and where commits went unmeasured, so a step beside one says so.
/// </summary>
public static class HistoryCharts
{
    public const int Width = 900;
    public const int Height = 380;
    private const int ShortCommit = 7;

    /// <param name="machine">The machine's history: its commits are the x axis, shared by every chart of the machine.</param>
    public static Plot Benchmark(BenchmarkHistory history, IReadOnlyList<Step> steps, MachineReport machine, string title)
    {
        var points = history.Points;
        var plot = NewPlot(title, "time (ms)", machine);
        var xs = points.Select(p => (double)p.Slot).ToArray();
        var band = plot.Add.FillY(xs, points.Select(p => p.LowerQuartile / 1e6).ToArray(), points.Select(p => p.UpperQuartile / 1e6).ToArray());
        band.FillColor = Colors.SteelBlue.WithAlpha(0.25);
        band.LineColor = Colors.Transparent;
        band.LegendText = "interquartile range";
        var line = plot.Add.Scatter(xs, points.Select(p => p.Median / 1e6).ToArray());
        line.Color = Colors.SteelBlue;
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.LegendText = "median";
        foreach (var step in steps)
        {
            var mark = plot.Add.VerticalLine((points[step.Index - 1].Slot + points[step.Index].Slot) / 2.0);
            mark.Color = step.Ratio > 1 ? Colors.FireBrick : Colors.ForestGreen;
            mark.LinePattern = LinePattern.Dashed;
            mark.LineWidth = 2;
            // Named in the legend: a label on the line would cover the commits' labels below or the title above.
            mark.LegendText = $"step at {Short(points[step.Index].Commit)}: {Change(step.Ratio)}";
        }
        var highest = points.Max(p => p.UpperQuartile) / 1e6;
        plot.Axes.SetLimitsY(0, highest * 1.15);
        return plot;
    }

    /// <summary>
    /// Each strategy's speed-up over Serial per commit, at one worker count: scaling regressions that absolute times
    /// hide; each of <paramref name="steps"/> (speed-up steps of these strategies) a dashed line in the strategy's colour.
    /// </summary>
    public static Plot Speedups(IReadOnlyList<BenchmarkHistory> strategies, IReadOnlyList<DetectedStep> steps, MachineReport machine, string title)
    {
        var plot = NewPlot(title, "speed-up over Serial (×)", machine);
        var highest = 1.0;
        foreach (var strategy in strategies)
        {
            var shown = strategy.Points.Where(p => p.Speedup is not null).ToArray();
            if (shown.Length == 0)
                continue;
            var line = plot.Add.Scatter(shown.Select(p => (double)p.Slot).ToArray(), shown.Select(p => p.Speedup!.Value).ToArray());
            line.Color = ScalingCharts.ColorOf(strategy.Method);
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = strategy.Method;
            highest = Math.Max(highest, shown.Max(p => p.Speedup!.Value));
        }
        foreach (var step in steps)
        {
            var points = step.Benchmark.Points;
            var mark = plot.Add.VerticalLine((points[step.Step.Index - 1].Slot + points[step.Step.Index].Slot) / 2.0);
            mark.Color = ScalingCharts.ColorOf(step.Benchmark.Method);
            mark.LinePattern = LinePattern.Dashed;
            mark.LineWidth = 2;
            mark.LegendText = $"{step.Benchmark.Method} step at {Short(step.Commit)}: {Change(step.Step.Ratio)}{(step.WithSerial is null ? "" : ", with Serial")}";
        }
        plot.Axes.SetLimitsY(0, highest * 1.15);
        return plot;
    }

    public static void Save(Plot plot, string path) => plot.SaveSvg(path, Width, Height);

    public static string Short(string commit) => commit[..Math.Min(ShortCommit, commit.Length)];

    public static string Change(double ratio) => ((ratio - 1) * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";

    private static Plot NewPlot(string title, string yLabel, MachineReport machine)
    {
        var commits = machine.Commits;
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 15;
        plot.XLabel("commit (oldest first)");
        plot.YLabel(yLabel);
        // At most about 8 labels: more commits' hashes would run into each other.
        var every = Math.Max(1, (int)Math.Ceiling(commits.Count / 8.0));
        var ticks = new NumericManual();
        for (var i = 0; i < commits.Count; i += every)
            ticks.AddMajor(i, Short(commits[i]));
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(-0.5, Math.Max(1, commits.Count) - 0.5);
        plot.Legend.FontSize = 12;
        plot.ShowLegend(Edge.Right);
        foreach (var change in machine.Changes)
            Mark(plot, change.Slot, Colors.DarkViolet, LinePattern.Dotted, change.ToString());
        foreach (var gap in machine.Unmeasured)
            Mark(plot, gap.Slot, Colors.Gray, LinePattern.Dotted, gap.ToString());
        return plot;
    }

    /// <summary>A line just before a slot, named in the legend.</summary>
    private static void Mark(Plot plot, int slot, Color color, LinePattern pattern, string legend)
    {
        var mark = plot.Add.VerticalLine(slot - 0.5);
        mark.Color = color;
        mark.LinePattern = pattern;
        mark.LineWidth = 2;
        mark.LegendText = legend;
    }
}

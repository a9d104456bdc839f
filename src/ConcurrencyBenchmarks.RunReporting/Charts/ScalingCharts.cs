using System.Globalization;
using ConcurrencyBenchmarks.Hosting;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ConcurrencyBenchmarks.RunReporting.Charts;

/// <summary>
/// The two pictures of a workload: speed-up versus workers, and time versus workers on log scales. Every point is a
/// time with a whisker over its interquartile range, or a speed-up with one over its interval, so two lines closer than their
/// spread read as a tie.
/// </summary>
public static class ScalingCharts
{
    public const int Width = 1000;
    public const int Height = 560;
    public const string IdealLabel = "ideal (physical limit)";
    public const string CapacityLabel = "capacity (what the machine delivered)";

    // Each strategy keeps its colour in every chart, whichever strategies a run includes: the catalog's order.
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>A strategy's colour, the same in every chart: its place in the catalog.</summary>
    public static Color ColorOf(string strategy) =>
        Palette.GetColor(StrategyCatalog.Find(strategy)?.Order ?? StrategyCatalog.All.Count + strategy.Sum(c => c) % 3);

    public static Plot Speedup(ChartSeries series, string? label = null)
    {
        var plot = NewPlot($"{label ?? series.Workload}: speed-up over Serial", "speed-up over Serial (×)", series.Workers);
        foreach (var (strategy, points) in series.Strategies)
        {
            var shown = points.Where(p => p.Speedup is not null).Select(p => (X: X(p.Workers), p.Speedup!.Value)).ToArray();
            if (shown.Length > 0)
                AddLine(plot, strategy, shown.Select(p => p.X).ToArray(), shown.Select(p => p.Value.Median).ToArray(),
                    shown.Select(p => p.Value.Low).ToArray(), shown.Select(p => p.Value.High).ToArray());
        }
        if (series.Ideal.Count > 0)
            AddReference(plot, IdealLabel, Colors.Black, LinePattern.Dashed,
                series.Ideal.Select(i => X(i.Workers)).ToArray(), series.Ideal.Select(i => i.IdealSpeedup).ToArray());
        if (series.Capacity.Count > 0)
            AddReference(plot, CapacityLabel, Colors.Gray, LinePattern.Dotted,
                series.Capacity.Select(c => X(c.Workers)).ToArray(), series.Capacity.Select(c => c.Speedup).ToArray());
        plot.Axes.SetLimitsY(0, Math.Max(2, series.Ideal.Select(i => i.IdealSpeedup)
            .Concat(series.Strategies.SelectMany(s => s.Points).Select(p => p.Speedup?.High ?? 0)).DefaultIfEmpty(1).Max() * 1.1));
        return plot;
    }

    public static Plot Time(ChartSeries series, string? label = null)
    {
        var plot = NewPlot($"{label ?? series.Workload}: time for all workers (log scale)", "time (ms, log scale)", series.Workers);
        var all = new List<double>();
        foreach (var (strategy, points) in series.Strategies)
        {
            var shown = points.Where(p => p.Milliseconds.Low > 0).ToArray(); // a log scale has no place for zero
            if (shown.Length == 0)
                continue;
            AddLine(plot, strategy, shown.Select(p => X(p.Workers)).ToArray(), shown.Select(p => Math.Log10(p.Milliseconds.Median)).ToArray(),
                shown.Select(p => Math.Log10(p.Milliseconds.Low)).ToArray(), shown.Select(p => Math.Log10(p.Milliseconds.High)).ToArray());
            all.AddRange(shown.SelectMany(p => new[] { p.Milliseconds.Low, p.Milliseconds.High }));
        }
        var ideal = series.Ideal.Where(i => i.IdealMilliseconds > 0).ToArray(); // a zero sleep's ideal is zero
        if (ideal.Length > 0)
        {
            AddReference(plot, IdealLabel, Colors.Black, LinePattern.Dashed,
                ideal.Select(i => X(i.Workers)).ToArray(), ideal.Select(i => Math.Log10(i.IdealMilliseconds)).ToArray());
            all.AddRange(ideal.Select(i => i.IdealMilliseconds));
        }
        if (all.Count > 0)
        {
            var (low, high) = (Math.Log10(all.Min()), Math.Log10(all.Max()));
            plot.Axes.SetLimitsY(low - 0.1, high + 0.1);
            plot.Axes.Left.TickGenerator = LogTicks(Math.Floor(low), Math.Ceiling(high));
        }
        return plot;
    }

    public static void Save(Plot plot, string pathWithoutExtension)
    {
        plot.SavePng(pathWithoutExtension + ".png", Width, Height);
        plot.SaveSvg(pathWithoutExtension + ".svg", Width, Height);
    }

    // Workers double at each step: a log2 axis spaces 1, 2, 4, 8, 16 evenly.
    private static double X(int workers) => Math.Log2(workers);

    private static Plot NewPlot(string title, string yLabel, IReadOnlyList<int> workers)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("workers (log scale)");
        plot.YLabel(yLabel);
        plot.Axes.Title.Label.FontSize = 20;
        plot.Axes.Bottom.Label.FontSize = 16;
        plot.Axes.Left.Label.FontSize = 16;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            workers.Select(X).ToArray(), workers.Select(w => w.ToString(CultureInfo.InvariantCulture)).ToArray());
        if (workers.Count > 0)
            plot.Axes.SetLimitsX(X(workers[0]) - 0.25, X(workers[^1]) + 0.25);
        plot.Legend.FontSize = 14;
        plot.ShowLegend(Edge.Right); // beside the plot: inside, it would hide lines whichever corner it took
        return plot;
    }

    /// <summary>A strategy's line through its medians, with a whisker from <paramref name="lows"/> to <paramref name="highs"/> at each point.</summary>
    private static void AddLine(Plot plot, string label, double[] xs, double[] ys, double[] lows, double[] highs)
    {
        var color = ColorOf(label);
        // The spread first, so the line and its markers draw over it.
        var spread = plot.Add.ErrorBar(xs, ys, new double[xs.Length]);
        spread.YErrorNegative = ys.Zip(lows, (y, low) => Math.Max(0, y - low)).ToArray();
        spread.YErrorPositive = ys.Zip(highs, (y, high) => Math.Max(0, high - y)).ToArray();
        spread.Color = color;
        spread.LineWidth = 1.5f;
        spread.CapSize = 6;
        var line = plot.Add.Scatter(xs, ys);
        line.LegendText = label;
        line.Color = color;
        line.LineWidth = 2;
        line.MarkerSize = 8;
    }

    private static void AddReference(Plot plot, string label, Color color, LinePattern pattern, double[] xs, double[] ys)
    {
        var reference = plot.Add.Scatter(xs, ys);
        reference.LegendText = label;
        reference.Color = color;
        reference.LineWidth = 2;
        reference.LinePattern = pattern;
        reference.MarkerSize = 0;
    }

    /// <summary>Ticks at 1, 2 and 5 of each decade, labelled in ms or s.</summary>
    private static NumericManual LogTicks(double fromDecade, double toDecade)
    {
        var ticks = new NumericManual();
        for (var decade = Math.Max(fromDecade, toDecade - 12); decade <= toDecade; decade++) // 12 decades: ns to hours
            foreach (var step in new[] { 1, 2, 5 })
            {
                var ms = step * Math.Pow(10, decade);
                ticks.AddMajor(Math.Log10(ms), ms >= 1000
                    ? (ms / 1000).ToString("0.##", CultureInfo.InvariantCulture) + " s"
                    : ms.ToString("0.###", CultureInfo.InvariantCulture) + " ms");
            }
        return ticks;
    }
}
